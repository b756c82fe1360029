using System.Text.RegularExpressions;
using BoundCheck.Report.Tests.Fixtures;

namespace BoundCheck.Report.Tests.Html;

public sealed class HtmlReportTests
{
    private static readonly string Page = ReportRenderer.ToHtml(SampleRun.Create());

    [Test]
    public void ScriptInProseIsInert()
    {
        Assert.That(Page, Does.Not.Contain("<script"));
        Assert.That(Page, Does.Contain("&lt;script&gt;alert('x')&lt;/script&gt;"));
    }

    [Test]
    public void MarkupInNotesIsEscaped()
    {
        Assert.That(Page, Does.Not.Contain("<img"));
        Assert.That(Page, Does.Not.Contain("<b>tags"));
        Assert.That(Page, Does.Contain("&lt;img src=x onerror=alert(1)&gt;"));
    }

    [Test]
    public void NoExternalResource()
    {
        // The only URL allowed is the SVG namespace name, which is never fetched.
        var urls = Regex.Matches(Page, "https?://[^\"' <]*").Select(m => m.Value).Distinct().ToList();
        Assert.That(urls, Is.EqualTo(new[] { "http://www.w3.org/2000/svg" }));
        Assert.That(Regex.IsMatch(Page, "<[a-z]+[^<>]*\\s(src|href)="), Is.False, "no element loads or links anything");
        Assert.That(Page, Does.Not.Contain("<link"));
    }

    [Test]
    public void MathIsMathMl()
    {
        Assert.That(Page, Does.Contain("<math display=\"block\">"));
        Assert.That(Page, Does.Contain("<mfrac><msub><mi>c</mi><mi>H</mi></msub><msqrt><mi>m</mi></msqrt></mfrac>"));
        Assert.That(Page, Does.Not.Contain("class=\"math\""), "Markdig's script-typeset math renderer must be replaced");
        Assert.That(Page, Does.Not.Contain("$"));
    }

    [Test]
    public void TablesAreTablesAndPipesInUserTextStayInTheirCell()
    {
        Assert.That(Regex.Count(Page, "<table>"), Is.GreaterThanOrEqualTo(8));
        // The per-seed table has 3 columns although two cells contain a pipe.
        var perSeed = Regex.Match(Page, "Per-seed values</h3>\\s*<table>(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(Regex.Count(perSeed, "<th>"), Is.EqualTo(3));
        Assert.That(Regex.Count(perSeed, "<td>"), Is.EqualTo(6));
        Assert.That(perSeed, Does.Contain("first | pipe"));
    }

    [Test]
    public void PlotIsInlinedAsSvg()
    {
        Assert.That(Regex.Count(Page, "<svg "), Is.EqualTo(1));
        Assert.That(Page, Does.Not.Contain("plots/"));
    }

    [Test]
    public void VerdictsAreStyled()
    {
        foreach (var verdict in new[] { "holds", "violated", "not-applicable", "vacuous", "inconclusive", "needs-sweep" })
        {
            Assert.That(Page, Does.Contain($"<code class=\"verdict v-{verdict}\">{verdict}</code>"));
        }
    }
}
