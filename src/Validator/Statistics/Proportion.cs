using System.Text.Json.Serialization;
using MathNet.Numerics.Distributions;

namespace BoundCheck.Validator.Statistics;

/// <summary>An exact (Clopper-Pearson) interval for a success probability from k successes in n trials.</summary>
public sealed record ProportionInterval(int Successes, int Trials, double Rate, double Low, double High, double Level);

/// <summary>Observed rate against a stated floor (e.g. "with probability at least 1 - 2(L+1)/m").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RateVerdict>))]
public enum RateVerdict
{
    /// <summary>floor &lt;= upper end of the interval: the data do not contradict the floor.</summary>
    [JsonStringEnumMemberName("consistent")] Consistent,
    /// <summary>upper end &lt; floor: the true rate is below the floor at the interval's confidence.</summary>
    [JsonStringEnumMemberName("inconsistent")] Inconsistent,
}

/// <summary>An observed rate judged against a floor.</summary>
public sealed record FloorCheck(ProportionInterval Interval, double Floor, RateVerdict Verdict);

/// <summary>Exact binomial intervals and floor checks for probability statements (Clopper and Pearson, Biometrika 26(4), 1934).</summary>
public static class Proportion
{
    /// <summary>
    /// Clopper-Pearson interval: Low = B^-1(alpha/2; k, n-k+1) (0 when k = 0),
    /// High = B^-1(1-alpha/2; k+1, n-k) (1 when k = n), with B^-1 the Beta quantile.
    /// </summary>
    public static ProportionInterval ClopperPearson(int successes, int trials, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        }
        var alpha = 1 - level;
        var low = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        var high = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - alpha / 2);
        return new ProportionInterval(successes, trials, (double)successes / trials, low, high, level);
    }

    /// <summary>Consistent when floor &lt;= the interval's upper end, inconsistent otherwise.</summary>
    public static FloorCheck AgainstFloor(int successes, int trials, double floor, double level = 0.95)
    {
        var interval = ClopperPearson(successes, trials, level);
        return new FloorCheck(interval, floor, floor <= interval.High ? RateVerdict.Consistent : RateVerdict.Inconsistent);
    }

    /// <summary>Largest number of trials <see cref="TrialsToDecide"/> looks at.</summary>
    public const int MaxTrials = 10_000_000;

    /// <summary>
    /// The smallest number of trials N &gt;= <paramref name="trials"/> at which the interval of round(rate N) successes,
    /// rate = successes / trials (the observed rate, assumed to persist), lies wholly on one side of
    /// <paramref name="threshold"/>: low &gt;= threshold or high &lt; threshold. Null when no N up to
    /// <see cref="MaxTrials"/> decides (the rate equals the threshold, or is too close to it). For k = N successes
    /// against a floor p this is the smallest N with (alpha/2)^(1/N) &gt;= p.
    /// </summary>
    public static int? TrialsToDecide(int successes, int trials, double threshold, double level = 0.95)
    {
        var rate = (double)successes / Math.Max(1, trials);
        bool Decides(int n)
        {
            var k = (int)Math.Clamp(Math.Round(rate * n), 0, n);
            var interval = ClopperPearson(k, n, level);
            return interval.Low >= threshold || interval.High < threshold;
        }
        var start = Math.Max(1, trials);
        if (Decides(start))
        {
            return start;
        }
        // Doubling to a deciding N, then bisection for the smallest (the interval narrows as N grows).
        var (low, high) = (start, start);
        while (!Decides(high))
        {
            if (high >= MaxTrials)
            {
                return null;
            }
            (low, high) = (high, (int)Math.Min(MaxTrials, 2L * high));
        }
        while (high - low > 1)
        {
            var mid = low + (high - low) / 2;
            (low, high) = Decides(mid) ? (low, mid) : (mid, high);
        }
        return high;
    }
}
