using System.Diagnostics;

namespace BoundCheck.Validator.Sweeps;

/// <summary>How a sweep run ended.</summary>
public enum SweepExit
{
    /// <summary>Every requested point has a record.</summary>
    Completed,
    /// <summary>Cancelled; finished points are in the store, the rest run on resume.</summary>
    Cancelled,
}

/// <summary>Progress of a run: Done and Total count the shard's points (including those finished earlier).</summary>
/// <param name="Eta">
/// Wall time so far times (cost of the points left / cost of the points finished in this run), with the cost of
/// <see cref="SweepOptions.Cost"/> (1 per point by default); null before the first point finishes.
/// </param>
public readonly record struct SweepProgress(int Done, int Total, int Failed, TimeSpan Elapsed, TimeSpan? Eta, string? LastKey);

/// <summary>Result of <see cref="SweepRunner.Run"/>.</summary>
/// <param name="Skipped">Points already in the store, not run again.</param>
/// <param name="Ran">Points evaluated and recorded in this run (failed included).</param>
public sealed record SweepRunResult(SweepExit Exit, int Total, int Skipped, int Ran, int Failed, double Seconds);

/// <summary>Options of a run.</summary>
/// <param name="Jobs">
/// Points evaluated concurrently. Default 1: the numeric core already uses 2 BLAS threads per point, which fills
/// a 2-core machine; raise it only on machines with cores to spare (jobs x BLAS threads &lt;= cores).
/// </param>
/// <param name="Cost">Relative cost of a point, for the time estimate only (default: every point costs 1).</param>
public sealed record SweepOptions(int Jobs = 1, Func<SweepPoint, double>? Cost = null);

/// <summary>Runs the missing points of a sweep in parallel and appends each result to the store as it finishes.</summary>
public static class SweepRunner
{
    /// <summary>
    /// Evaluates every point of <paramref name="points"/> the store does not have yet. A point whose evaluator
    /// throws is recorded as failed with the exception's message; cancellation stops taking new points and
    /// records nothing for the points it interrupts.
    /// </summary>
    public static SweepRunResult Run(
        SweepStore store,
        IReadOnlyList<SweepPoint> points,
        ISweepEvaluator evaluator,
        SweepOptions? options = null,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new SweepOptions();
        var jobs = options.Jobs;
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1, nameof(options));
        var missing = store.Missing(points);
        var clock = Stopwatch.StartNew();
        var cost = options.Cost ?? (_ => 1.0);
        var costs = missing.ToDictionary(p => p.Key, cost);
        var state = new RunState(points.Count, points.Count - missing.Count, costs.Values.Sum());
        var next = -1;
        void Worker()
        {
            int i;
            while (!cancellationToken.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < missing.Count)
            {
                var result = Evaluate(missing[i], evaluator, cancellationToken);
                if (result is null)
                {
                    return;
                }
                store.Append(result);
                var report = state.Finish(result, costs[result.Key], clock.Elapsed);
                progress?.Report(report);
            }
        }
        var workers = Enumerable.Range(0, Math.Min(jobs, Math.Max(missing.Count, 1))).Select(_ => Task.Run(Worker)).ToArray();
        // Wait for running points to finish (or observe cancellation themselves) even when cancelled.
        Task.WaitAll(workers, CancellationToken.None);
        var exit = cancellationToken.IsCancellationRequested && state.Ran < missing.Count ? SweepExit.Cancelled : SweepExit.Completed;
        return new SweepRunResult(exit, points.Count, points.Count - missing.Count, state.Ran, state.Failed, clock.Elapsed.TotalSeconds);
    }

    private static PointResult? Evaluate(SweepPoint point, ISweepEvaluator evaluator, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var parameters = point.ToDictionary();
        try
        {
            var metrics = evaluator.Evaluate(point, cancellationToken);
            return new PointResult(point.Key, parameters, point.Seed, metrics, PointStatus.Ok, null, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            return new PointResult(point.Key, parameters, point.Seed, new Dictionary<string, double>(), PointStatus.Failed,
                $"{e.GetType().Name}: {e.Message}", clock.Elapsed.TotalSeconds);
        }
    }

    private sealed class RunState(int total, int skipped, double work)
    {
        private readonly Lock gate = new();
        private double finished;

        public int Ran { get; private set; }

        public int Failed { get; private set; }

        public SweepProgress Finish(PointResult result, double cost, TimeSpan elapsed)
        {
            lock (gate)
            {
                Ran++;
                Failed += result.Status == PointStatus.Failed ? 1 : 0;
                finished += cost;
                var done = skipped + Ran;
                var eta = TimeSpan.FromTicks((long)(elapsed.Ticks * Math.Max(0, work - finished) / finished));
                return new SweepProgress(done, total, Failed, elapsed, eta, result.Key);
            }
        }
    }
}
