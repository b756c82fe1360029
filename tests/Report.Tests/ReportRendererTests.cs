using BoundCheck.Report.Json;
using BoundCheck.Report.Tests.Fixtures;

namespace BoundCheck.Report.Tests;

public sealed class ReportRendererTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("boundcheck-report-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void FitVerdictsPresentInTheTableAreExplainedBelowIt()
    {
        var run = SampleRun.Create();
        var fit = run.Sections[0].Fits[0];
        var fits = new[] { fit, fit with { Verdict = Validator.Verification.ScalingVerdict.FitOnly } };
        var md = ReportRenderer.ToMarkdown(run with { Sections = [run.Sections[0] with { Fits = fits }] });
        Assert.That(md, Does.Contain("**Verdicts of the fits:** `consistent`: the upper end of the slope's 95% interval"));
        Assert.That(md, Does.Contain("`fit-only`: no exponent is claimed for this model"));
        Assert.That(md, Does.Not.Contain("`inconsistent`: the whole interval"), "only the verdicts that occur are explained");
    }

    [Test]
    public void WriteAllWritesEveryFileAndNoTemporaryOne()
    {
        ReportRenderer.WriteAll(SampleRun.Create(), _dir);
        var files = Directory.GetFiles(_dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/')).Order().ToList();
        Assert.That(files, Is.EqualTo(new[] { "plots/banerjee2023.hessian-vs-m.svg", "report.html", "report.md", "results.json" }));
    }

    [Test]
    public void MarkdownReferencesThePlotFilesItWrote()
    {
        ReportRenderer.WriteAll(SampleRun.Create(), _dir);
        var markdown = File.ReadAllText(Path.Combine(_dir, "report.md"));
        var links = System.Text.RegularExpressions.Regex.Matches(markdown, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.That(links, Is.Not.Empty);
        Assert.That(links.Select(l => File.Exists(Path.Combine(_dir, l))), Is.All.True);
    }

    [Test]
    public void RerenderFromResultsJsonGivesTheSameReport()
    {
        var run = SampleRun.Create();
        ResultsJson.Write(run, _dir);
        ReportRenderer.Rerender(_dir);
        Assert.That(File.ReadAllText(Path.Combine(_dir, "report.md")), Is.EqualTo(ReportRenderer.ToMarkdown(run)));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "report.html")), Is.EqualTo(ReportRenderer.ToHtml(run)));
    }

    [Test]
    public void RewritingReplacesFilesWhole()
    {
        ReportRenderer.WriteAll(SampleRun.Create(title: "a much longer first title than the second one"), _dir);
        ReportRenderer.WriteAll(SampleRun.Create(title: "short"), _dir);
        Assert.That(File.ReadAllText(Path.Combine(_dir, "report.md")), Does.StartWith("# short\n"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "report.md")), Does.Not.Contain("much longer"));
    }
}
