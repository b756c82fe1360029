using System.Diagnostics;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Tests.Sweeps;

/// <summary>
/// A real SIGKILL of a separate process in the middle of writing a record. The child is bash (starting a second
/// .NET process would be heavy on a 2-core machine); it writes lines produced by the store's own serializer,
/// each in two halves with a pause between, so the kill lands mid-line. What is tested is that the store
/// recovers from exactly what a killed writer leaves on disk; fsync durability against power loss is not.
/// </summary>
public sealed class KillTests
{
    private const string Writer =
        "while IFS= read -r line; do h=$(( ${#line} / 2 )); printf '%s' \"${line:0:h}\" >> \"$2\"; sleep 0.4; " +
        "printf '%s\\n' \"${line:h}\" >> \"$2\"; sleep 0.02; done < \"$1\"";

    [Test]
    public void Store_resumes_after_its_writer_is_killed_mid_line()
    {
        using var temp = new TempDirectory();
        var grid = SweepFixtures.Grid(2);
        var manifest = SweepFixtures.Manifest(grid);
        using (var source = SweepFixtures.Open(temp.Sub("source"), manifest))
        {
            SweepRunner.Run(source, grid.Points(), new CountingEvaluator());
        }
        var target = temp.Sub("target");
        SweepFixtures.Open(target, manifest).Dispose();
        var points = Path.Combine(target, "points.jsonl");

        using var child = Process.Start(new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", Writer, "writer", Path.Combine(temp.Sub("source"), "points.jsonl"), points },
            UseShellExecute = false,
        })!;
        var deadline = Stopwatch.StartNew();
        while (!MidLineAfterThreeRecords(points))
        {
            Assert.That(deadline.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the writer never reached the 4th line");
            Thread.Sleep(10);
        }
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        var written = File.ReadAllText(points);
        Assert.That(written, Does.Not.EndWith("\n"), "the kill must land mid-line for this test to mean anything");
        var finished = written.Count(c => c == '\n');

        var evaluator = new CountingEvaluator();
        using (var store = SweepFixtures.Open(target, manifest))
        {
            Assert.That(store.Loaded.DiscardedTail, Is.Not.Null);
            Assert.That(store.Loaded.Records, Has.Count.EqualTo(finished));
            SweepRunner.Run(store, grid.Points(), evaluator);
        }
        Assert.That(evaluator.Calls, Is.EquivalentTo(grid.Points().Skip(finished).Select(p => p.Key)));
        var final = SweepStore.Read(target).Value!.Contents;
        Assert.That(final.DiscardedTail, Is.Null);
        Assert.That(final.Duplicates, Is.Zero);
        Assert.That(final.Records.Select(r => r.Key), Is.EquivalentTo(grid.Points().Select(p => p.Key)));
    }

    private static bool MidLineAfterThreeRecords(string path)
    {
        var text = File.ReadAllText(path);
        return text.Count(c => c == '\n') >= 3 && text.Length > 0 && text[^1] != '\n';
    }
}
