using System.Globalization;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Typed reads of an experiment's analysis arguments (text, as a theorem file's block will give them). A malformed or
/// unknown argument is an error that names the experiment, the argument and what was expected.
/// </summary>
internal sealed class AnalysisArguments(Experiment experiment)
{
    private IReadOnlyDictionary<string, string> Values => experiment.Arguments ?? new Dictionary<string, string>();

    public void CheckKnown(IReadOnlyList<string> known)
    {
        var unknown = Values.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw Error(unknown, $"is not an argument of analysis {experiment.Analysis} (its arguments: {string.Join(", ", known)})");
        }
    }

    public IReadOnlyList<double> Numbers(string name, IReadOnlyList<double> fallback)
    {
        if (!Values.TryGetValue(name, out var text))
        {
            return fallback;
        }
        var values = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            values.Add(Parse(name, part));
        }
        return values.Count > 0 ? values : throw Error(name, "is empty: expected a comma-separated list of numbers");
    }

    public IReadOnlyList<int> Integers(string name, IReadOnlyList<int> fallback)
    {
        var numbers = Numbers(name, [.. fallback.Select(v => (double)v)]);
        return [.. numbers.Select(v => v == Math.Round(v) && v >= 1 && v <= int.MaxValue ? (int)v : throw Error(name, $"has {v:G6}: expected positive integers"))];
    }

    public double Number(string name, double fallback) =>
        Values.TryGetValue(name, out var text) ? Parse(name, text.Trim()) : fallback;

    public IReadOnlyList<string> Words(string name, IReadOnlyList<string> fallback) =>
        Values.TryGetValue(name, out var text) ? [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : fallback;

    private double Parse(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(name, $"has '{text}': expected a number");

    private InvalidOperationException Error(string name, string what) =>
        new($"experiment {experiment.Name}: argument '{name}' {what}");
}
