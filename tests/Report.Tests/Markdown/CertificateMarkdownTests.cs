using BoundCheck.Report.Formatting;
using BoundCheck.Report.Tests.Fixtures;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Markdown;

/// <summary>Spectral claim rows name their certificate; ball claims show the sampled and the searched worst value.</summary>
public sealed class CertificateMarkdownTests
{
    private static VerificationRun WithCertificates()
    {
        var run = SampleRun.Create();
        var search = new SearchSummary(0.0312, "spectral-ball boundary: top singular directions", 0.0401, "adversarial search (ascent)",
            "gd step 20 (inside the ball)", "ascent", 8, 8, 5, 1.25);
        IReadOnlyList<ClaimResult> claims = [.. run.Claims.Select((c, i) => c with { Certificate = i == 0 ? new ClaimCertificate(ClaimCertificate.Probabilistic, 0.006, 6) : new ClaimCertificate(ClaimCertificate.Exact, 0, 6), Search = i == 0 ? search : null })];
        return run with { Claims = claims, Sections = [.. run.Sections.Select(s => s with { Claims = [.. claims.Where(c => c.Theorem == s.Theorem)] })] };
    }

    [Test]
    public void The_summary_and_the_claims_tables_get_a_certificate_column()
    {
        var md = ReportRenderer.ToMarkdown(WithCertificates());
        Assert.That(md, Does.Contain("| certificate |"));
        Assert.That(md, Does.Contain(MarkdownText.Code("P(miss) <= 0.006")));
        Assert.That(md, Does.Contain(MarkdownText.Code("exact")));
    }

    [Test]
    public void A_run_without_spectral_certificates_has_no_certificate_column() =>
        Assert.That(ReportRenderer.ToMarkdown(SampleRun.Create()), Does.Not.Contain("| certificate |"));

    [Test]
    public void The_search_line_shows_sampled_worst_searched_worst_and_witness()
    {
        var md = ReportRenderer.ToMarkdown(WithCertificates());
        Assert.That(md, Does.Contain("search: sampled worst 0.0312 at `spectral-ball boundary: top singular directions`; searched worst 0.0401 at `adversarial search (ascent)`"));
        Assert.That(md, Does.Contain("8 of 8 evaluations, 5 steps accepted"));
    }

    [Test]
    public void Certificates_and_searches_survive_results_json()
    {
        var run = WithCertificates();
        var back = BoundCheck.Report.Json.ResultsJson.Deserialize(BoundCheck.Report.Json.ResultsJson.Serialize(run));
        Assert.That(back.Claims.Select(c => c.Certificate), Is.EqualTo(run.Claims.Select(c => c.Certificate)));
        Assert.That(back.Claims[0].Search, Is.EqualTo(run.Claims[0].Search));
    }
}
