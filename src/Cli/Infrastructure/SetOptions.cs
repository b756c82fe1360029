using System.Globalization;

namespace BoundCheck.Cli.Infrastructure;

/// <summary>Parses repeated <c>--set NAME=VALUE</c> options.</summary>
public static class SetOptions
{
    /// <summary>The bindings, or a CliInputException naming the malformed one.</summary>
    public static Dictionary<string, double> Parse(IEnumerable<string>? sets)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var set in sets ?? [])
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliInputException($"--set '{set}': expected NAME=VALUE, e.g. --set m=512");
            }
            var name = set[..eq].Trim();
            var text = set[(eq + 1)..].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new CliInputException($"--set {name}: '{text}' is not a finite number");
            }
            values[name] = value;
        }
        return values;
    }
}
