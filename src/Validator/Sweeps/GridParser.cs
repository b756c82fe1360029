using System.Globalization;
using System.Text.RegularExpressions;

namespace BoundCheck.Validator.Sweeps;

/// <summary>Parses <c>--grid</c>/<c>--seeds</c> arguments into a <see cref="SweepGrid"/>.</summary>
internal static partial class GridParser
{
    /// <summary>Largest grid accepted; a typo like m=64,128,256000 must not silently plan millions of points.</summary>
    public const int MaxPoints = 1_000_000;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    public static SweepParse<SweepGrid> Parse(IEnumerable<string> gridArguments, int seeds)
    {
        if (seeds < 1)
        {
            return SweepParse<SweepGrid>.Fail($"--seeds {seeds}: expected a positive number of seeds (seeds run 1..S)");
        }
        var axes = new List<GridAxis>();
        foreach (var argument in gridArguments)
        {
            var axis = ParseAxis(argument, out var error);
            if (axis is null)
            {
                return SweepParse<SweepGrid>.Fail(error!);
            }
            if (axes.Any(a => a.Name == axis.Name))
            {
                return SweepParse<SweepGrid>.Fail($"--grid {argument}: axis '{axis.Name}' is given twice");
            }
            axes.Add(axis);
        }
        axes.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        var count = axes.Aggregate((double)seeds, (n, a) => n * a.Values.Count);
        if (count > MaxPoints)
        {
            return SweepParse<SweepGrid>.Fail($"--grid: {count:0} points exceed the limit of {MaxPoints}");
        }
        return SweepParse<SweepGrid>.Success(new SweepGrid(axes, seeds));
    }

    private static GridAxis? ParseAxis(string argument, out string? error)
    {
        error = null;
        var eq = argument.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            error = $"--grid {argument}: expected name=v1,v2,... (no '=' found)";
            return null;
        }
        var name = argument[..eq].Trim();
        if (!Identifier().IsMatch(name))
        {
            error = $"--grid {argument}: axis name '{name}' must be a letter or '_' followed by letters, digits or '_'";
            return null;
        }
        if (name == "seed" || name == "seeds")
        {
            error = $"--grid {argument}: '{name}' is reserved; use --seeds S for seeds 1..S";
            return null;
        }
        var values = new List<double>();
        foreach (var raw in argument[(eq + 1)..].Split(','))
        {
            var token = raw.Trim();
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                error = $"--grid {argument}: value '{token}' of axis '{name}' is not a finite number (invariant culture, e.g. 0.5)";
                return null;
            }
            if (values.Contains(value))
            {
                error = $"--grid {argument}: value '{token}' of axis '{name}' is given twice";
                return null;
            }
            values.Add(value);
        }
        values.Sort();
        return new GridAxis(name, values);
    }
}
