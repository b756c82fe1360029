using BoundCheck.Report.Plots;
using BoundCheck.Report.Tests.Fixtures;

namespace BoundCheck.Report.Tests.Golden;

public sealed class GoldenTests
{
    [Test]
    public void MarkdownMatchesGolden() =>
        GoldenFile.AssertMatches(ReportRenderer.ToMarkdown(SampleRun.Create()), "sample-report.md");

    [Test]
    public void HtmlMatchesGolden() =>
        GoldenFile.AssertMatches(ReportRenderer.ToHtml(SampleRun.Create()), "sample-report.html");

    [Test]
    public void SvgMatchesGolden() =>
        GoldenFile.AssertMatches(SvgPlot.Render(SampleRun.Create().Sections[0].Plots[0]), "sample-plot.svg");

    [Test]
    public void RenderingIsDeterministic()
    {
        Assert.That(ReportRenderer.ToHtml(SampleRun.Create()), Is.EqualTo(ReportRenderer.ToHtml(SampleRun.Create())));
    }
}
