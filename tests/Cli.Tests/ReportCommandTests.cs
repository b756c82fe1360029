using BoundCheck.Cli;
using BoundCheck.Cli.Commands;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Report.Json;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Tests;

public sealed class ReportCommandTests
{
    private string _root = string.Empty;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("boundcheck-cli-report-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private static VerificationRun Run(string setting, Verdict verdict, int seed, double? measured = 0.5)
    {
        var claim = new ClaimResult("t.thm", "c", setting, verdict, "q", "<=", measured, 1.0, 0.5, null, "1", "1", "derived",
            "at initialisation", [], null, null, null);
        var section = new TheoremSection("t.thm", "A theorem", "test", "q <= 1", "q \\le 1", "prose", [], [claim], [], [], []);
        var provenance = new RunProvenance("0.1.0", "abc", "linux", "cpu", "managed", 1, [seed],
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), 1.5, "boundcheck check t.thm");
        return new VerificationRun("Shard run", [claim], [section], provenance);
    }

    private string Shard(string name, VerificationRun run)
    {
        var dir = Path.Combine(_root, name);
        ResultsJson.Write(run, dir);
        return dir;
    }

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void RerendersOneDirectoryWithoutTouchingItsResults()
    {
        var dir = Shard("a", Run("s1", Verdict.Holds, 1));
        var before = File.ReadAllText(Path.Combine(dir, "results.json"));
        var (code, stdout, _) = Invoke("report", dir);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(File.ReadAllText(Path.Combine(dir, "report.md")), Does.Contain("`s1`"));
        Assert.That(File.Exists(Path.Combine(dir, "report.html")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(dir, "results.json")), Is.EqualTo(before));
        Assert.That(stdout, Does.Contain("report.html"));
    }

    [Test]
    public void MergesShardsIntoOut()
    {
        var a = Shard("a", Run("s1", Verdict.Holds, 1));
        var b = Shard("b", Run("s2", Verdict.Violated, 2));
        var outDir = Path.Combine(_root, "merged");
        var (code, _, _) = Invoke("report", a, b, "--out", outDir);
        Assert.That(code, Is.EqualTo(ExitCodes.Violated), "the merged report holds a violated claim");
        var merged = ResultsJson.Read(outDir);
        Assert.That(merged.Claims.Select(c => c.Setting), Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(merged.Sections, Has.Count.EqualTo(1));
        Assert.That(merged.MergedFrom!.Select(p => p.Seeds[0]), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "report.md")), Does.Contain("This report merges 2 runs"));
    }

    [Test]
    public void MergingIntoTheFirstShardKeepsItsResults()
    {
        var a = Shard("a", Run("s1", Verdict.Holds, 1));
        var b = Shard("b", Run("s2", Verdict.Inconclusive, 2, measured: null));
        var (code, _, stderr) = Invoke("report", a, b);
        Assert.That(code, Is.EqualTo(ExitCodes.NumericalFailure), "an inconclusive claim with no measured value is a numerical failure");
        Assert.That(ResultsJson.Read(a).Claims, Has.Count.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(a, ReportCommand.MergedResultsFile)), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(a, "report.md")), Does.Contain("`s2`"));
        Assert.That(stderr, Does.Contain(ReportCommand.MergedResultsFile));
    }

    [Test]
    public void MissingResultsIsBadInputNamingThePath()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var (code, _, stderr) = Invoke("report", empty);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain(Path.Combine(empty, "results.json")));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void MalformedResultsIsBadInputWithLineAndColumn()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_root, "bad")).FullName;
        File.WriteAllText(Path.Combine(dir, "results.json"), "{\n  \"title\": 12,\n");
        var (code, _, stderr) = Invoke("report", dir);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain(Path.Combine(dir, "results.json") + ":2:"));
    }

    [Test]
    public void NoDirectoryIsBadInput() => Assert.That(Invoke("report").Code, Is.EqualTo(ExitCodes.BadInput));
}
