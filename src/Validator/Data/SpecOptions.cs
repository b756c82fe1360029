using System.Globalization;

namespace BoundCheck.Validator.Data;

/// <summary>
/// key=value pairs of a data spec, comma-separated; a token without '=' continues the previous value, so
/// <c>classes=0,1</c> reads as one value "0,1". Accessors record the first error for the caller to report.
/// </summary>
internal sealed class SpecOptions
{
    private readonly Dictionary<string, string> values = [];

    public string? FirstError { get; private set; }

    public static (SpecOptions? Options, string? Error) Parse(string text)
    {
        var options = new SpecOptions();
        string? last = null;
        foreach (string token in text.Split(',', StringSplitOptions.TrimEntries))
        {
            int eq = token.IndexOf('=');
            if (eq < 0)
            {
                if (last is null)
                {
                    return (null, $"expected key=value, got '{token}'");
                }
                options.values[last] += "," + token;
                continue;
            }
            last = token[..eq].Trim();
            if (!options.values.TryAdd(last, token[(eq + 1)..].Trim()))
            {
                return (null, $"option '{last}' given twice");
            }
        }
        return (options, null);
    }

    public bool Has(string key) => values.ContainsKey(key);

    public string Raw(string key) => values[key];

    /// <summary>Error text for the first key not in <paramref name="known"/>, or null.</summary>
    public string? Unknown(params string[] known)
    {
        var bad = values.Keys.FirstOrDefault(k => !known.Contains(k));
        return bad is null ? null : $"unknown option '{bad}', expected one of {string.Join(", ", known)}";
    }

    /// <summary>(value, null) or (0, error); a missing key takes <paramref name="fallback"/> or is an error when null.</summary>
    public (int Value, string? Error) Int(string key, int? fallback, int minimum)
    {
        if (!values.TryGetValue(key, out string? text))
        {
            return fallback is int f ? (f, null) : Fail($"missing required option '{key}'");
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            return Fail($"{key}: expected an integer, got '{text}'");
        }
        return value < minimum ? Fail($"{key}: must be >= {minimum}, got {value}") : (value, null);
    }

    /// <summary>The value if it is one of <paramref name="allowed"/> (or the fallback when absent), else null.</summary>
    public string? Choice(string key, string fallback, params string[] allowed)
    {
        string value = values.GetValueOrDefault(key, fallback);
        if (allowed.Contains(value))
        {
            return value;
        }
        FirstError ??= $"{key}: expected one of {string.Join("|", allowed)}, got '{value}'";
        return null;
    }

    private (int, string?) Fail(string error)
    {
        FirstError ??= error;
        return (0, error);
    }
}
