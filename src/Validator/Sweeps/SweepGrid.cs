using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Sweeps;

/// <summary>A named axis of a grid with its values in ascending order.</summary>
public sealed record GridAxis(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A full-factorial grid over named axes times seeds 1..Seeds. Axes are kept in ordinal name order; points are
/// enumerated with the first axis outermost and the seed innermost, so the order depends only on the grid.
/// </summary>
public sealed record SweepGrid(IReadOnlyList<GridAxis> Axes, int Seeds)
{
    /// <summary>Number of points: product of axis lengths times seeds.</summary>
    [JsonIgnore]
    public int Count => Axes.Aggregate(Seeds, (n, a) => checked(n * a.Values.Count));

    /// <summary>All points, in the deterministic order (Index = position).</summary>
    public IReadOnlyList<SweepPoint> Points()
    {
        var points = new List<SweepPoint>(Count);
        var digits = new int[Axes.Count];
        for (var index = 0; index < Count; index++)
        {
            var rest = index / Seeds;
            for (var a = Axes.Count - 1; a >= 0; a--)
            {
                digits[a] = rest % Axes[a].Values.Count;
                rest /= Axes[a].Values.Count;
            }
            var values = Axes.Select((axis, a) => KeyValuePair.Create(axis.Name, axis.Values[digits[a]])).ToArray();
            points.Add(new SweepPoint(index, values, index % Seeds + 1));
        }
        return points;
    }

    /// <summary>Canonical text of the grid, e.g. "L=2,3;m=64,128;seeds=5" (used in manifests and fingerprints).</summary>
    [JsonIgnore]
    public string Canonical =>
        string.Join(";", Axes.Select(a => $"{a.Name}={string.Join(",", a.Values.Select(SweepFormat.Number))}").Append($"seeds={Seeds}"));

    /// <summary>
    /// Parses <c>--grid name=v1,v2,...</c> arguments (one axis each) and <c>--seeds S</c>; errors are data and
    /// name the bad argument and token.
    /// </summary>
    public static SweepParse<SweepGrid> Parse(IEnumerable<string> gridArguments, int seeds) => GridParser.Parse(gridArguments, seeds);
}

/// <summary>A parse outcome: a value, or a user-facing error naming the argument and token.</summary>
public sealed record SweepParse<T>(T? Value, string? Error)
{
    /// <summary>True when parsing succeeded.</summary>
    public bool Ok => Error is null;

    internal static SweepParse<T> Fail(string error) => new(default, error);

    internal static SweepParse<T> Success(T value) => new(value, null);
}
