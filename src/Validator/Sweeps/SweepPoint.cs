using System.Globalization;

namespace BoundCheck.Validator.Sweeps;

/// <summary>One point of a sweep grid: a value per named axis and a seed.</summary>
/// <param name="Index">Position in the grid's deterministic order (0-based); sharding is round-robin on it.</param>
/// <param name="Values">Axis name -> value, in canonical (ordinal) name order.</param>
/// <param name="Seed">Seed of this point (1..S).</param>
public sealed record SweepPoint(int Index, IReadOnlyList<KeyValuePair<string, double>> Values, int Seed)
{
    /// <summary>Stable key, e.g. "L=3,m=512,seed=2": names in ordinal order, seed last, invariant numbers.</summary>
    public string Key => string.Join(",", Values.Select(v => $"{v.Key}={SweepFormat.Number(v.Value)}").Append($"seed={Seed}"));

    /// <summary>Readable name, e.g. "L3-m512-sigma1_0.5-seed2" (an underscore separates a name ending in a digit).</summary>
    public string Name => string.Join("-", Values.Select(v => SweepFormat.NamePart(v.Key, v.Value)).Append($"seed{Seed}"));

    /// <summary>The value of axis <paramref name="name"/>; throws when the grid has no such axis.</summary>
    public double this[string name] =>
        Values.FirstOrDefault(v => v.Key == name) is { Key: not null } hit
            ? hit.Value
            : throw new KeyNotFoundException($"sweep point {Key} has no axis '{name}'");

    /// <summary>Axis values as a dictionary (without the seed).</summary>
    public IReadOnlyDictionary<string, double> ToDictionary() => Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}

/// <summary>Invariant-culture formatting shared by keys, names and manifests.</summary>
public static class SweepFormat
{
    /// <summary>Shortest round-trip invariant text: 64 -> "64", 0.5 -> "0.5".</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string NamePart(string name, double value) =>
        char.IsDigit(name[^1]) ? $"{name}_{Number(value)}" : $"{name}{Number(value)}";
}
