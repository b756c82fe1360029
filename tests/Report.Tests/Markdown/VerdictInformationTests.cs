using BoundCheck.Report.Tests.Fixtures;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Markdown;

/// <summary>What the report says beyond the verdict: left-out points, margins, estimates, O-form scaling, caveats.</summary>
public sealed class VerdictInformationTests
{
    private static string Markdown(VerificationRun? run = null) => ReportRenderer.ToMarkdown(run ?? SampleRun.Create());

    [Test]
    public void IdentitiesMarginsAndEstimatesAreSaidInTheClaimsDetails()
    {
        var md = Markdown();
        Assert.That(md, Does.Contain("left out of tightness and witness: gd step 0, where the claim is an identity"));
        Assert.That(md, Does.Contain("margin: the margin is feature\\_sigma\\_ratio = 0.0123"));
        Assert.That(md, Does.Contain("estimated constant: pl\\_alpha\\_estimate = 0.05 is an estimate"));
        Assert.That(md, Does.Contain("`consistent-by-construction`"));
    }

    [Test]
    public void OFormClaimsHaveTheirOwnSummaryTableWithExponentsAndIntervals()
    {
        var md = Markdown();
        var start = md.IndexOf("### O-form claims: scaling verdicts", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0));
        var table = md[start..md.IndexOf("**Converging factors**", start, StringComparison.Ordinal)];
        Assert.That(table, Does.Contain("| L=2 | `inconsistent` (group: `inconclusive`) | 0.08 [-0.01, 0.17] | -0.42 [-0.51, -0.33] | -0.5 | t over 3 seeds"));
        Assert.That(table, Does.Contain("| L=3 | `inconsistent` | 0.2 [0.15, 0.25] | — |"));
        Assert.That(md, Does.Contain("1.223 times its limit 4"));
    }

    [Test]
    public void EachSectionShowsItsTheoremFilesCaveats()
    {
        Assert.That(Markdown(), Does.Contain("**Caveats of the theorem file**").And.Contain("Only the abstract could be checked"));
    }

    [Test]
    public void ConsecutiveSeedsAreShownAsARange()
    {
        var run = SampleRun.Create();
        run = run with { Provenance = run.Provenance with { Seeds = [1, 2, 3, 4, 5, 7, 9, 10, 20, 21, 22] } };
        Assert.That(Markdown(run), Does.Contain("| seeds | 1–5, 7, 9, 10, 20–22 |"));
    }
}
