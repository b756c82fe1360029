using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Tests.Sweeps;

public sealed class SweepRunnerTests
{
    [Test]
    public void Parallel_run_evaluates_every_point_once_and_reports_progress()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(4);
        var evaluator = new CountingEvaluator();
        var reports = new List<SweepProgress>();
        var progress = new SynchronousProgress(reports);
        using var store = SweepFixtures.Open(temp.Path, SweepFixtures.Manifest(grid));
        var result = SweepRunner.Run(store, grid.Points(), evaluator, new SweepOptions(Jobs: 3), progress);

        Assert.That(result.Exit, Is.EqualTo(SweepExit.Completed));
        Assert.That(evaluator.Calls, Is.EquivalentTo(grid.Points().Select(p => p.Key)));
        Assert.That(reports.Select(r => r.Done).Order(), Is.EqualTo(Enumerable.Range(1, grid.Count)));
        Assert.That(reports.All(r => r.Total == grid.Count && r.Eta is not null), Is.True);
        Assert.That(reports.Single(r => r.Done == grid.Count).Eta, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Eta_scales_the_elapsed_time_by_the_cost_left_over_the_cost_done()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(2);
        var points = grid.Points();
        // Cost grows with m, like a network's GEMM work; points run in grid order, one at a time.
        double Cost(SweepPoint point) => point["m"] * point["m"];
        var reports = new List<SweepProgress>();
        using var store = SweepFixtures.Open(temp.Path, SweepFixtures.Manifest(grid));
        SweepRunner.Run(store, points, new CountingEvaluator(), new SweepOptions(1, Cost), new SynchronousProgress(reports));
        var total = points.Sum(Cost);
        foreach (var report in reports.Where(r => r.Done < points.Count))
        {
            var done = points.Take(report.Done).Sum(Cost);
            var expected = report.Elapsed.Ticks * (total - done) / done;
            Assert.That(report.Eta!.Value.Ticks, Is.EqualTo(expected).Within(Tolerances.Tick), $"after {report.Done} points");
        }
    }

    [Test]
    public void Cancellation_keeps_finished_points_and_resume_runs_only_the_rest()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(2);
        var manifest = SweepFixtures.Manifest(grid);
        using var cancel = new CancellationTokenSource();
        var calls = 0;
        var stopping = new DelegateEvaluator((point, token) =>
        {
            if (Interlocked.Increment(ref calls) == 4)
            {
                cancel.Cancel();
                token.ThrowIfCancellationRequested();
            }
            return new Dictionary<string, double> { ["q"] = SweepFixtures.Expected(point) };
        });
        SweepRunResult first;
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            first = SweepRunner.Run(store, grid.Points(), stopping, cancellationToken: cancel.Token);
        }
        Assert.That(first.Exit, Is.EqualTo(SweepExit.Cancelled));
        Assert.That(first.Ran, Is.EqualTo(3), "the interrupted 4th point is not recorded");

        var rest = new CountingEvaluator();
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            var second = SweepRunner.Run(store, grid.Points(), rest);
            Assert.That(second.Exit, Is.EqualTo(SweepExit.Completed));
        }
        Assert.That(rest.Calls, Has.Count.EqualTo(grid.Count - 3));
        var records = SweepStore.Read(temp.Path).Value!.Contents;
        Assert.That(records.Records.Select(r => r.Key), Is.EquivalentTo(grid.Points().Select(p => p.Key)));
        Assert.That(records.Duplicates, Is.Zero);
    }

    [Test]
    public void Sharded_runs_merge_to_the_unsharded_run()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(3);
        using (var whole = SweepFixtures.Open(temp.Sub("all"), SweepFixtures.Manifest(grid)))
        {
            SweepRunner.Run(whole, grid.Points(), new CountingEvaluator());
        }
        const int shards = 4;
        for (var i = 1; i <= shards; i++)
        {
            var shard = new ShardSpec(i, shards);
            using var store = SweepFixtures.Open(temp.Sub($"shard{i}"), SweepFixtures.Manifest(grid, shard));
            SweepRunner.Run(store, shard.Select(grid.Points()), new CountingEvaluator());
        }
        var dirs = Enumerable.Range(1, shards).Select(i => temp.Sub($"shard{i}")).Append(temp.Sub("shard2"));
        var merged = SweepStore.Merge(dirs).Value!;
        var unsharded = SweepStore.Merge([temp.Sub("all")]).Value!;

        Assert.That(merged.Missing, Is.Empty);
        Assert.That(merged.Duplicates, Is.EqualTo(new ShardSpec(2, shards).Select(grid.Points()).Count), "shard 2 was given twice");
        Assert.That(merged.Records.Select(r => r.Key), Is.EqualTo(grid.Points().Select(p => p.Key)), "grid order");
        Assert.That(merged.Records.Select(r => r.Key), Is.EqualTo(unsharded.Records.Select(r => r.Key)));
        for (var i = 0; i < merged.Records.Count; i++)
        {
            Assert.That(merged.Records[i].Metrics["q"], Is.EqualTo(unsharded.Records[i].Metrics["q"]).Within(Tolerances.RoundTrip));
        }
    }

    [Test]
    public void Merge_reports_missing_points_and_refuses_a_different_sweep()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(2);
        var shard = new ShardSpec(1, 2);
        using (var store = SweepFixtures.Open(temp.Sub("a"), SweepFixtures.Manifest(grid, shard)))
        {
            SweepRunner.Run(store, shard.Select(grid.Points()), new CountingEvaluator());
        }
        var partial = SweepStore.Merge([temp.Sub("a")]).Value!;
        Assert.That(partial.Missing, Is.EquivalentTo(new ShardSpec(2, 2).Select(grid.Points()).Select(p => p.Key)));

        SweepFixtures.Open(temp.Sub("b"), SweepFixtures.Manifest(SweepFixtures.Grid(3))).Dispose();
        var refused = SweepStore.Merge([temp.Sub("a"), temp.Sub("b")]);
        Assert.That(refused.Error, Does.Contain("different sweep").And.Contain("--seeds: stored 2, now 3"));
        Assert.That(SweepStore.Merge([temp.Sub("nothing")]).Error, Does.Contain("no sweep manifest"));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports synchronously.</summary>
    private sealed class SynchronousProgress(List<SweepProgress> reports) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
