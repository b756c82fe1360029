using System.Diagnostics;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// Timings on a shared machine: several contenders run in turn, round after round, so that load from other processes
/// falls on all of them alike; each contender's median over the rounds is reported with its spread.
/// </summary>
public static class BenchTiming
{
    /// <summary>A median and the spread (max - min) / median of the runs it came from.</summary>
    public sealed record Timing(double Median, double Spread, int Runs)
    {
        /// <summary>The timing of a list of runs.</summary>
        public static Timing Of(IReadOnlyList<double> runs)
        {
            var sorted = runs.Order().ToArray();
            var mid = sorted.Length / 2;
            var median = sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
            return new Timing(median, (sorted[^1] - sorted[0]) / median, sorted.Length);
        }
    }

    /// <summary>
    /// Runs every contender once unmeasured, then <paramref name="rounds"/> rounds of one run each, in the order given;
    /// a contender returns its own seconds (so a remote peer can time itself).
    /// </summary>
    public static Timing[] Interleaved(int rounds, params Func<double>[] contenders) => Interleaved(rounds, true, contenders);

    /// <summary>As above; without <paramref name="warmUp"/> every run counts (for long runs of code already warm).</summary>
    public static Timing[] Interleaved(int rounds, bool warmUp, params Func<double>[] contenders)
    {
        foreach (var contender in warmUp ? contenders : [])
        {
            contender();
        }
        var runs = contenders.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var c = 0; c < contenders.Length; c++)
            {
                runs[c].Add(contenders[c]());
            }
        }
        return [.. runs.Select(Timing.Of)];
    }

    /// <summary>A contender that times <paramref name="action"/> with a stopwatch.</summary>
    public static Func<double> Stopwatched(Action action) => () =>
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    };
}
