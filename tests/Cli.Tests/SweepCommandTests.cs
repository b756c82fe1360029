using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Report.Json;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Tests;

/// <summary>
/// A small real sweep of banerjee2023.hessian_explicit (m in {16, 32, 64}, L = 1, 2 seeds, n = 4, d = 8) end to end,
/// interrupted and resumed, and sharded and merged; every variant must give the same claims and fits.
/// </summary>
[NonParallelizable]
public sealed class SweepCommandTests
{
    private static readonly string[] Sweep =
        ["sweep", "banerjee2023.hessian_explicit", "--grid", "m=16,32,64", "--grid", "L=1", "--seeds", "2", "--data", "synthetic:n=4,d=8", "--steps", "10"];

    private string _root = string.Empty;
    private string _full = string.Empty;
    private string _progress = string.Empty;

    [OneTimeSetUp]
    public void RunOnce()
    {
        _root = Directory.CreateTempSubdirectory("boundcheck-cli-sweep-").FullName;
        _full = Path.Combine(_root, "full");
        var (code, stdout, stderr) = Invoke([.. Sweep, "--out", _full]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stdout + stderr);
        _progress = stderr;
    }

    [OneTimeTearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string dir) => File.ReadAllLines(Path.Combine(dir, "points.jsonl"));

    private static string Key(string line) => JsonDocument.Parse(line).RootElement.GetProperty("key").GetString()!;

    private static VerificationRun Results(string dir) => ResultsJson.Deserialize(File.ReadAllText(Path.Combine(dir, ResultsJson.FileName)));

    private static void AssertSameAnalysis(VerificationRun actual, VerificationRun expected)
    {
        Assert.That(actual.Claims.Select(c => (c.Claim, c.Verdict)), Is.EqualTo(expected.Claims.Select(c => (c.Claim, c.Verdict))));
        Assert.That(actual.Claims.Select(c => c.Measured ?? double.NaN),
            Is.EqualTo(expected.Claims.Select(c => c.Measured ?? double.NaN)).Within(Tolerances.SameNumerics));
        var fits = actual.Sections.SelectMany(s => s.Fits).ToList();
        var expectedFits = expected.Sections.SelectMany(s => s.Fits).ToList();
        Assert.That(fits.Select(f => f.Quantity), Is.EqualTo(expectedFits.Select(f => f.Quantity)));
        Assert.That(fits.Select(f => f.Slope), Is.EqualTo(expectedFits.Select(f => f.Slope)).Within(Tolerances.SameNumerics));
    }

    [Test]
    public void SweepStoresEveryPointOnceAndReportsTheWidthSlope()
    {
        Assert.That(Lines(_full), Has.Length.EqualTo(6));
        Assert.That(Lines(_full).Select(Key).Distinct().Count(), Is.EqualTo(6));
        var run = Results(_full);
        var width = run.Sections.Single().Fits.Single(f => f.Variable == "m" && f.Quantity.StartsWith("hessian", StringComparison.Ordinal));
        // docs/derivations.md section 5: the predictor Hessian decays like m^(-1/2) (finite-width corrections aside); the
        // stated form's exponent is derived symbolically as -1/2.
        Assert.That(width.Claimed, Is.EqualTo(-0.5).Within(Tolerances.SameNumerics));
        Assert.That(width.Slope, Is.EqualTo(-0.5).Within(Tolerances.WidthSlopeOfSmallNets));
        Assert.That(width.Low, Is.LessThanOrEqualTo(width.Slope));
        Assert.That(width.High, Is.GreaterThanOrEqualTo(width.Slope));
        // The explicit bound held at every point of the numeric check (docs/derivations.md section 5).
        Assert.That(run.Claims.Single(c => c.Claim == "hessian").Verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(File.ReadAllText(Path.Combine(_full, "report.md")), Does.Contain("Scaling fits"));
        Assert.That(Directory.GetFiles(Path.Combine(_full, "plots"), "*.svg"), Is.Not.Empty);
    }

    [Test]
    public void ProgressShowsABarCountsAndTheTimeLeftAfterEveryPoint()
    {
        var lines = _progress.Split('\n').Where(l => l.Contains(" done; failed ", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(6));
        Assert.That(lines[2], Does.StartWith("|##########..........| [3/6] "));
        Assert.That(lines[^1], Does.StartWith("|####################| [6/6] ").And.Contain("ETA 00:00"));
    }

    [Test]
    public void ConcurrentPointsShareTheCoresWithBlas()
    {
        var openBlas = Validator.LinearAlgebra.Blas.OpenBlasOrNull;
        if (openBlas is null)
        {
            Assert.Ignore("OpenBLAS is not installed: the managed fallback has no thread count to share");
        }
        var before = openBlas.Threads;
        try
        {
            var (code, _, stderr) = Invoke([.. Sweep, "--jobs", "2", "--out", Path.Combine(_root, "jobs")]);
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
            var threads = Math.Max(1, Environment.ProcessorCount / 2);
            Assert.That(stderr, Does.Contain($"2 points at a time, {threads} BLAS thread(s) each"));
            Assert.That(openBlas.Threads, Is.EqualTo(threads));
            Assert.That(Lines(Path.Combine(_root, "jobs")).Select(Key).Order(), Is.EqualTo(Lines(_full).Select(Key).Order()));
        }
        finally
        {
            openBlas.Threads = before;
        }
    }

    [Test]
    public void StoppedSweepResumesWithOnlyTheMissingPoints()
    {
        var dir = Path.Combine(_root, "resumed");
        var (first, _, firstErr) = Invoke([.. Sweep, "--out", dir, "--max-points", "2"]);
        Assert.That(firstErr, Does.Contain("rerun the same command to resume"));
        var before = Lines(dir);
        Assert.That(before, Has.Length.EqualTo(2));
        var (code, _, stderr) = Invoke([.. Sweep, "--out", dir]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var after = Lines(dir);
        Assert.That(after, Has.Length.EqualTo(6));
        // The two finished points were not run again: their lines (wall times included) are untouched.
        Assert.That(after.Take(2), Is.EqualTo(before));
        Assert.That(after.Select(Key).Distinct().Count(), Is.EqualTo(6));
        Assert.That(stderr, Does.Contain("[3/6]").And.Not.Contain("[1/6]"));
        AssertSameAnalysis(Results(dir), Results(_full));
        Assert.That(first, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.NumericalFailure));
    }

    [Test]
    public void ShardsMergedByReportEqualTheUnshardedSweep()
    {
        var one = Path.Combine(_root, "shard1");
        var two = Path.Combine(_root, "shard2");
        Assert.That(Invoke([.. Sweep, "--out", one, "--shard", "1/2"]).Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Invoke([.. Sweep, "--out", two, "--shard", "2/2"]).Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Lines(one).Length + Lines(two).Length, Is.EqualTo(6));
        Assert.That(Lines(one).Select(Key).Intersect(Lines(two).Select(Key)), Is.Empty);
        var merged = Path.Combine(_root, "merged");
        var (code, stdout, stderr) = Invoke("report", one, two, "--out", merged);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stdout + stderr);
        AssertSameAnalysis(Results(merged), Results(_full));
    }

    [TestCase("--grid", "nope=1,2", "not a parameter")]
    [TestCase("--shard", "0/2", "1-based")]
    [TestCase("--grid", "m=1,2", "outside its domain")]
    public void BadInputExitsWithTwoAndSaysWhy(string option, string value, string message)
    {
        var (code, _, stderr) = Invoke("sweep", "banerjee2023.hessian_explicit", "--grid", "L=1", option, value, "--out", Path.Combine(_root, "bad"));
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain(message));
    }

    [Test]
    public void ResumingWithDifferentArgumentsIsRefused()
    {
        var (code, _, stderr) = Invoke([.. Sweep.Select(a => a == "synthetic:n=4,d=8" ? "synthetic:n=5,d=8" : a), "--out", _full]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("--data"));
        (code, _, stderr) = Invoke([.. Sweep, "--residual", "--out", _full]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("--architecture"));
    }
}
