using System.Text;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Tests.Sweeps;

public sealed class SweepStoreTests
{
    [Test]
    public void Resume_after_a_crash_runs_exactly_the_missing_points()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid();
        var points = grid.Points();
        var manifest = SweepFixtures.Manifest(grid);
        var first = new CountingEvaluator();
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            SweepRunner.Run(store, points.Take(5).ToList(), first);
        }
        // Simulate: a duplicate record of point 0 (e.g. two racing runs) and a write cut off mid-line.
        var file = Path.Combine(temp.Path, "points.jsonl");
        var lines = File.ReadAllLines(file);
        File.AppendAllText(file, lines[0] + "\n" + lines[1][..(lines[1].Length / 2)]);

        var second = new CountingEvaluator();
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            Assert.That(store.Loaded.Duplicates, Is.EqualTo(1));
            Assert.That(store.Loaded.DiscardedTail, Is.Not.Null);
            var result = SweepRunner.Run(store, points, second);
            Assert.That(result.Skipped, Is.EqualTo(5));
            Assert.That(result.Ran, Is.EqualTo(points.Count - 5));
        }
        Assert.That(second.Calls, Is.EquivalentTo(points.Skip(5).Select(p => p.Key)));

        var reread = SweepStore.Read(temp.Path).Value!;
        Assert.That(reread.Contents.DiscardedTail, Is.Null, "the interrupted line is cut off before appending");
        Assert.That(reread.Contents.Records.Select(r => r.Key), Is.EquivalentTo(points.Select(p => p.Key)));
        foreach (var record in reread.Contents.Records)
        {
            var point = points.Single(p => p.Key == record.Key);
            Assert.That(record.Metrics["q"], Is.EqualTo(SweepFixtures.Expected(point)).Within(Tolerances.RoundTrip));
            Assert.That(record.Metrics["nan"], Is.NaN);
            Assert.That(record.Seed, Is.EqualTo(point.Seed));
        }
    }

    [Test]
    public void Different_arguments_in_the_same_directory_are_refused_naming_the_difference()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid();
        SweepFixtures.Open(temp.Path, SweepFixtures.Manifest(grid)).Dispose();

        var otherGrid = SweepFixtures.Grid(3, "m=64,128,512", "L=2,3");
        var error = SweepStore.Open(temp.Path, SweepFixtures.Manifest(otherGrid)).Error;
        Assert.That(error, Does.Contain("grid axis m: stored 64,128,256, now 64,128,512"));

        var otherArgs = SweepManifest.Create(grid, ShardSpec.All, new Dictionary<string, string> { ["--theorem"] = "t.other" });
        Assert.That(SweepStore.Open(temp.Path, otherArgs).Error, Does.Contain("--theorem: stored 't.hessian', now 't.other'"));
        Assert.That(SweepStore.Open(temp.Path, SweepFixtures.Manifest(grid, new ShardSpec(1, 2))).Error,
            Does.Contain("--shard: stored 1/1, now 1/2"));
        Assert.That(SweepStore.Open(temp.Path, SweepFixtures.Manifest(SweepFixtures.Grid(4))).Error, Does.Contain("--seeds: stored 3, now 4"));
    }

    [Test]
    public void Fingerprint_ignores_the_shard_and_argument_order()
    {
        var grid = SweepFixtures.Grid();
        var a = SweepManifest.Create(grid, new ShardSpec(1, 2), new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        var b = SweepManifest.Create(grid, new ShardSpec(2, 2), new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });
        var c = SweepManifest.Create(grid, new ShardSpec(2, 2), new Dictionary<string, string> { ["a"] = "1", ["b"] = "3" });
        Assert.That(a.Fingerprint, Is.EqualTo(b.Fingerprint));
        Assert.That(a.Fingerprint, Is.Not.EqualTo(c.Fingerprint));
    }

    [Test]
    public void A_corrupt_line_before_the_last_is_an_error_with_its_line_number()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid();
        var manifest = SweepFixtures.Manifest(grid);
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            SweepRunner.Run(store, grid.Points().Take(3).ToList(), new CountingEvaluator());
        }
        var file = Path.Combine(temp.Path, "points.jsonl");
        var lines = File.ReadAllLines(file);
        lines[1] = "{garbage";
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
        Assert.That(SweepStore.Open(temp.Path, manifest).Error, Does.Contain("points.jsonl:2:"));
    }

    [Test]
    public void A_second_run_into_a_directory_in_use_is_refused()
    {
        using var temp = new TempDirectory();
        var manifest = SweepFixtures.Manifest(SweepFixtures.Grid());
        using var store = SweepFixtures.Open(temp.Path, manifest);
        Assert.That(SweepStore.Open(temp.Path, manifest).Error, Does.Contain("cannot lock"));
        Assert.That(SweepStore.Read(temp.Path).Ok, Is.True, "reading for a report still works while a run holds the lock");
    }

    [Test]
    public void Failed_points_are_kept_unless_retry_is_asked_and_an_ok_retry_supersedes_them()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(1, "m=64,128");
        var manifest = SweepFixtures.Manifest(grid);
        var failing = new DelegateEvaluator((p, _) => p["m"] > 100 ? throw new InvalidOperationException("boom") : new Dictionary<string, double> { ["q"] = 1 });
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            var result = SweepRunner.Run(store, grid.Points(), failing);
            Assert.That(result.Failed, Is.EqualTo(1));
            var failed = store.Records.Single(r => r.Status == PointStatus.Failed);
            Assert.That(failed.Message, Is.EqualTo("InvalidOperationException: boom"));
        }
        var again = new CountingEvaluator(_ => 2);
        using (var store = SweepFixtures.Open(temp.Path, manifest))
        {
            SweepRunner.Run(store, grid.Points(), again);
        }
        Assert.That(again.Calls, Is.Empty, "without --retry-failed a failed point counts as finished");
        using (var store = SweepFixtures.Open(temp.Path, manifest, retryFailed: true))
        {
            SweepRunner.Run(store, grid.Points(), again);
        }
        Assert.That(again.Calls, Is.EqualTo(new[] { "m=128,seed=1" }));
        var records = SweepStore.Read(temp.Path).Value!.Contents.Records;
        Assert.That(records.Select(r => r.Status), Is.All.EqualTo(PointStatus.Ok));
        Assert.That(records.Single(r => r.Key == "m=128,seed=1").Metrics["q"], Is.EqualTo(2).Within(Tolerances.RoundTrip));
    }

    [Test]
    public void Each_line_is_one_json_object_with_nan_as_a_string()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(1, "m=64");
        using (var store = SweepFixtures.Open(temp.Path, SweepFixtures.Manifest(grid)))
        {
            SweepRunner.Run(store, grid.Points(), new CountingEvaluator(_ => 1));
        }
        var text = File.ReadAllText(Path.Combine(temp.Path, "points.jsonl"), Encoding.UTF8);
        Assert.That(text, Does.StartWith("{\"key\":\"m=64,seed=1\",\"parameters\":{\"m\":64},\"seed\":1,"));
        Assert.That(text, Does.Contain("\"nan\":\"NaN\"").And.Contain("\"status\":\"ok\"").And.EndWith("}\n"));
    }
}
