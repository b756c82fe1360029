using System.Security.Cryptography;
using System.Text;

namespace BoundCheck.Validator.Sweeps;

/// <summary>
/// What a sweep directory was started with (manifest.json). Resuming with a different grid, shard or argument
/// is refused; the fingerprint covers grid and arguments but not the shard, so all shards of one sweep share it.
/// </summary>
/// <param name="Grid">The full (unsharded) grid.</param>
/// <param name="Shard">"I/N".</param>
/// <param name="Arguments">The command's other arguments that affect results (name -> value), e.g. "--theorem".</param>
/// <param name="Fingerprint">SHA-256 (hex) of the grid and arguments.</param>
public sealed record SweepManifest(SweepGrid Grid, string Shard, IReadOnlyDictionary<string, string> Arguments, string Fingerprint)
{
    /// <summary>Builds a manifest and computes its fingerprint.</summary>
    public static SweepManifest Create(SweepGrid grid, ShardSpec shard, IReadOnlyDictionary<string, string> arguments)
    {
        var sorted = new SortedDictionary<string, string>(arguments.ToDictionary(), StringComparer.Ordinal);
        return new SweepManifest(grid, shard.ToString(), sorted, ComputeFingerprint(grid, sorted));
    }

    private static string ComputeFingerprint(SweepGrid grid, IReadOnlyDictionary<string, string> arguments)
    {
        var text = new StringBuilder(grid.Canonical);
        foreach (var (name, value) in arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append('=').Append(value);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Human-readable differences from <paramref name="other"/> ("stored" = this), empty when they describe the
    /// same sweep and shard. <paramref name="includeShard"/> = false compares only what the fingerprint covers.
    /// </summary>
    public IReadOnlyList<string> Differences(SweepManifest other, bool includeShard = true)
    {
        var differences = new List<string>();
        var axes = Grid.Axes.Select(a => a.Name).Union(other.Grid.Axes.Select(a => a.Name)).Order(StringComparer.Ordinal);
        foreach (var name in axes)
        {
            var stored = AxisText(Grid, name);
            var now = AxisText(other.Grid, name);
            if (stored != now)
            {
                differences.Add($"grid axis {name}: stored {stored}, now {now}");
            }
        }
        if (Grid.Seeds != other.Grid.Seeds)
        {
            differences.Add($"--seeds: stored {Grid.Seeds}, now {other.Grid.Seeds}");
        }
        if (includeShard && Shard != other.Shard)
        {
            differences.Add($"--shard: stored {Shard}, now {other.Shard}");
        }
        foreach (var name in Arguments.Keys.Union(other.Arguments.Keys).Order(StringComparer.Ordinal))
        {
            var stored = Arguments.TryGetValue(name, out var s) ? $"'{s}'" : "(absent)";
            var now = other.Arguments.TryGetValue(name, out var n) ? $"'{n}'" : "(absent)";
            if (stored != now)
            {
                differences.Add($"{name}: stored {stored}, now {now}");
            }
        }
        if (differences.Count == 0 && Fingerprint != other.Fingerprint)
        {
            differences.Add($"fingerprint: stored {Fingerprint}, now {other.Fingerprint}");
        }
        return differences;
    }

    private static string AxisText(SweepGrid grid, string name) =>
        grid.Axes.FirstOrDefault(a => a.Name == name) is { } axis
            ? string.Join(",", axis.Values.Select(SweepFormat.Number))
            : "(absent)";
}
