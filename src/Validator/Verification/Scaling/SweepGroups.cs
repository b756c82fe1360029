using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>Ok records sharing the values of every axis except <see cref="Variable"/> (and the seed).</summary>
/// <param name="Label">"L=3, sigma1=0.5", or "all points" when no other axis varies.</param>
/// <param name="Fixed">The fixed axis values.</param>
public sealed record SweepGroup(string Variable, string Label, IReadOnlyDictionary<string, double> Fixed, IReadOnlyList<PointResult> Records);

/// <summary>Splits sweep records into groups along one variable.</summary>
public static class SweepGroups
{
    /// <summary>Groups of ok records along <paramref name="variable"/>, in the order of their fixed values.</summary>
    public static IReadOnlyList<SweepGroup> Along(IEnumerable<PointResult> records, string variable) =>
        records.Where(r => r.Status == PointStatus.Ok && r.Parameters.ContainsKey(variable))
            .GroupBy(r => Label(r.Parameters, variable), StringComparer.Ordinal)
            .Select(g => new SweepGroup(variable, g.Key,
                g.First().Parameters.Where(p => p.Key != variable).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), g.ToList()))
            .OrderBy(g => g.Fixed, ValuesInKeyOrder)
            .ToList();

    /// <summary>Every ok record grouped by all its axes (one group per grid point without the seed).</summary>
    public static IReadOnlyList<SweepGroup> BySetting(IEnumerable<PointResult> records) =>
        records.Where(r => r.Status == PointStatus.Ok)
            .GroupBy(r => Label(r.Parameters, null), StringComparer.Ordinal)
            .Select(g => new SweepGroup("", g.Key, g.First().Parameters, g.ToList()))
            .OrderBy(g => g.Fixed, ValuesInKeyOrder)
            .ToList();

    /// <summary>True when the records hold at least two distinct values of <paramref name="axis"/>.</summary>
    public static bool Varies(IEnumerable<PointResult> records, string axis) =>
        records.Where(r => r.Parameters.ContainsKey(axis)).Select(r => r.Parameters[axis]).Distinct().Skip(1).Any();

    // Lexicographic on the values taken in ordinal key order: the grid's own order.
    private static readonly Comparer<IReadOnlyDictionary<string, double>> ValuesInKeyOrder = Comparer<IReadOnlyDictionary<string, double>>.Create((a, b) =>
    {
        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var c = a.GetValueOrDefault(key, double.NegativeInfinity).CompareTo(b.GetValueOrDefault(key, double.NegativeInfinity));
            if (c != 0)
            {
                return c;
            }
        }
        return 0;
    });

    private static string Label(IReadOnlyDictionary<string, double> parameters, string? without)
    {
        var parts = parameters.Where(p => p.Key != without).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={SweepFormat.Number(p.Value)}").ToList();
        return parts.Count == 0 ? "all points" : string.Join(", ", parts);
    }
}
