using System.Globalization;

namespace BoundCheck.Validator.Sweeps;

/// <summary>
/// Shard I of N (1-based: 1 &lt;= I &lt;= N). Shard I takes the points whose grid index is congruent to I-1 mod N
/// (round-robin, so shard sizes differ by at most one and every shard sees every axis value). 1-based only: a
/// 0-based id is rejected rather than guessed, because "1/4" would be ambiguous; with Slurm use
/// <c>--array=1-N</c> and <c>--shard $SLURM_ARRAY_TASK_ID/N</c>; with a Kubernetes indexed Job
/// <c>--shard $((JOB_COMPLETION_INDEX+1))/N</c>.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole grid (shard 1 of 1).</summary>
    public static ShardSpec All => new(1, 1);

    /// <summary>True when this shard takes the point with the given grid index.</summary>
    public bool Contains(int gridIndex) => gridIndex % Count == Index - 1;

    /// <summary>The points of this shard, in grid order.</summary>
    public IReadOnlyList<SweepPoint> Select(IEnumerable<SweepPoint> points)
    {
        var shard = this;
        return points.Where(p => shard.Contains(p.Index)).ToList();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Parses "I/N"; errors name the token and the allowed range.</summary>
    public static SweepParse<ShardSpec> Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return SweepParse<ShardSpec>.Fail($"--shard {text}: expected I/N with whole numbers, e.g. 2/8");
        }
        if (count < 1)
        {
            return SweepParse<ShardSpec>.Fail($"--shard {text}: the number of shards N must be at least 1");
        }
        if (index < 1 || index > count)
        {
            var hint = index == 0 ? " (shards are 1-based; for a 0-based array id pass id+1)" : "";
            return SweepParse<ShardSpec>.Fail($"--shard {text}: shard index must be in 1..{count}{hint}");
        }
        return SweepParse<ShardSpec>.Success(new ShardSpec(index, count));
    }
}
