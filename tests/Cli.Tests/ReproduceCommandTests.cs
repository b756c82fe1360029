using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

/// <summary>The main job on one paper: a report with every claim of its theorems, and a rerun that redoes nothing.</summary>
[NonParallelizable]
public sealed class ReproduceCommandTests
{
    [Test]
    public void ReproducingOnePaperWritesItsReportAndResumesWithoutRedoingChecks()
    {
        var dir = Path.Combine(Path.GetTempPath(), "boundcheck-reproduce-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, stdout, stderr) = Run("reproduce", "kawaguchi2021", "--out", dir);
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
            Assert.That(stdout, Does.Contain("kawaguchi2021.expressivity.full_rank").And.Contain("holds"));
            using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json"))))
            {
                var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
                Assert.That(claims, Has.Count.EqualTo(2), "one claim per activation of the plan");
                Assert.That(claims.Select(c => c.GetProperty("verdict").GetString()), Is.All.EqualTo("holds"));
                var section = json.RootElement.GetProperty("sections")[0];
                Assert.That(section.GetProperty("tables").EnumerateArray().Any(t => t.GetProperty("caption").GetString()!.StartsWith("Wide-layer features along GD", StringComparison.Ordinal)));
            }
            Assert.That(File.ReadAllText(Path.Combine(dir, "report.md")), Does.Contain("Algorithm 1"));

            var (again, _, stderrAgain) = Run("reproduce", "kawaguchi2021", "--out", dir);
            Assert.That(again, Is.EqualTo(ExitCodes.Ok));
            Assert.That(stderrAgain, Does.Contain("expressivity-tanh: reused the finished check").And.Contain("expressivity-softplus: reused the finished check"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Test]
    public void AnEditedTheoremIsCheckedAgainNotReusedFromTheCache() =>
        EditedTheoremIsCheckedAgain("kawaguchi2021", "claim full_rank: feature_rank >= n ", "claim full_rank: feature_rank >= n + 1 ",
            "expressivity-tanh", "kawaguchi2021.expressivity", "n + 1");

    // The issue's own scenario: the explicit Hessian bound made 100x tighter. The whole banerjee2023 plan runs twice.
    [Test]
    [Category("Slow")]
    public void AHundredTimesTighterHessianBoundIsCheckedAgain() =>
        EditedTheoremIsCheckedAgain("banerjee2023", "claim hessian: hessian_norm_predictor <= c_H / sqrt(m) ", "claim hessian: hessian_norm_predictor <= c_H / sqrt(m) / 100 ",
            "explicit-tanh", "banerjee2023.hessian_explicit", "c_H / sqrt(m) / 100");

    // Issue 10, item 1: after a claim was edited, 84a2d2e printed "reused the finished check" with the old verdict while
    // the report showed the new formula.
    private static void EditedTheoremIsCheckedAgain(string paper, string claim, string edited, string experiment, string theorem, string boundText)
    {
        var dir = Path.Combine(Path.GetTempPath(), "boundcheck-stale-" + Guid.NewGuid().ToString("N"));
        var theorems = Path.Combine(dir, "theorems");
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(theorems);
        foreach (var file in Directory.GetFiles(Paths.TheoremsDirectory(), "*.md"))
        {
            File.Copy(file, Path.Combine(theorems, Path.GetFileName(file)));
        }
        Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", theorems);
        try
        {
            var (code, _, stderr) = Run("reproduce", paper, "--out", output);
            Assert.That(code, Is.Not.EqualTo(ExitCodes.BadInput), stderr);
            var path = Path.Combine(theorems, paper + ".md");
            var text = File.ReadAllText(path);
            Assert.That(text, Does.Contain(claim));
            File.WriteAllText(path, text.Replace(claim, edited, StringComparison.Ordinal));

            var (again, stdout, stderrAgain) = Run("reproduce", paper, "--out", output);
            Assert.That(stderrAgain, Does.Not.Contain($"{experiment}: reused the finished check"));
            Assert.That(stderrAgain, Does.Contain($"{experiment}: the stored check was made for other inputs"));
            Assert.That(again, Is.EqualTo(ExitCodes.Violated), stdout);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
            var claims = json.RootElement.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("theorem").GetString() == theorem).ToList();
            Assert.That(claims, Is.Not.Empty);
            Assert.That(claims.Select(c => c.GetProperty("verdict").GetString()), Is.All.EqualTo("violated"));
            Assert.That(claims.Select(c => c.GetProperty("boundText").GetString()), Is.All.EqualTo(boundText));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", null);
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void AnUnknownPaperIsBadInput()
    {
        var (code, _, stderr) = Run("reproduce", "smith2099");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("unknown paper 'smith2099'").And.Contain("banerjee2023"));
    }

    [Test]
    public void OnlyRunsTheNamedExperiment()
    {
        var dir = Path.Combine(Path.GetTempPath(), "boundcheck-reproduce-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, _, stderr) = Run("reproduce", "kawaguchi2021", "--only", "expressivity-along-gd", "--out", dir);
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
            Assert.That(stderr, Does.Contain("1 runs over 1 theorems"));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
            Assert.That(json.RootElement.GetProperty("claims").GetArrayLength(), Is.Zero, "the analysis judges no claim; the checks did not run");
            var section = json.RootElement.GetProperty("sections")[0];
            Assert.That(section.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("caption").GetString()),
                Has.Some.StartsWith("Wide-layer features along GD"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Test]
    public void AnUnknownExperimentNameIsBadInput()
    {
        var (code, _, stderr) = Run("reproduce", "banerjee2023", "--only", "nope");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("--only: unknown experiment").And.Contain("rsc-regime-L1-tanh"));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
