using System.Text.RegularExpressions;
using BoundCheck.Report.Formatting;
using BoundCheck.Report.Markdown;
using BoundCheck.Report.Tests.Fixtures;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Markdown;

public sealed class ClaimsMarkdownTests
{
    private const string Theorem = "banerjee2023.hessian";
    private const string Setting = Theorem + "/L3-m256-tanh-seed1/synthetic:n=16,d=16";
    private const string Other = Theorem + "/L3-m512-tanh-seed1/synthetic:n=16,d=16";

    /// <summary>The sample run with theorem-prefixed settings, each claim judged at two widths.</summary>
    private static VerificationRun TwoSettings()
    {
        var run = SampleRun.Create(setting: Setting);
        var section = run.Sections[0];
        IReadOnlyList<ClaimResult> claims = [.. section.Claims, .. section.Claims.Select(c => c with { Setting = Other, Witness = c.Witness is { } w ? w with { Setting = Other } : null })];
        return run with { Claims = claims, Sections = [section with { Claims = claims }] };
    }

    [TestCase(Theorem, Setting, "L3-m256-tanh-seed1/synthetic:n=16,d=16")]
    [TestCase(Theorem, "mlp-L3-m256-tanh-seed1", "mlp-L3-m256-tanh-seed1")]
    [TestCase(Theorem, "banerjee2023.hessian2/L3", "banerjee2023.hessian2/L3")]
    [TestCase(Theorem, "banerjee2023.hessian/", "banerjee2023.hessian/")]
    public void Settings_lose_only_their_own_theorem_prefix(string theorem, string setting, string shown) =>
        Assert.That(SettingName.WithinTheorem(theorem, setting), Is.EqualTo(shown));

    [Test]
    public void Every_field_of_every_claim_reaches_the_markdown()
    {
        var run = SampleRun.Create();
        var md = ReportRenderer.ToMarkdown(run);
        foreach (var c in run.Claims)
        {
            var expected = new List<string>
            {
                MarkdownText.Code(c.Claim), MarkdownText.Code(c.Setting), MarkdownText.Inline(c.Quantity), MarkdownText.Inline(c.Scope),
                c.BoundLatex, Numbers.Format(c.Measured), Numbers.Format(c.Bound), Numbers.Format(c.Tightness), Numbers.Format(c.ImpliedConstant),
            };
            if (c.Reason is { } reason)
            {
                expected.Add(MarkdownText.Inline(reason));
            }
            if (c.Witness is { } w)
            {
                expected.AddRange([MarkdownText.Code(w.Point), MarkdownText.Code(w.Input), Numbers.Format(w.Value)]);
            }
            if (c.Method is { } m)
            {
                expected.AddRange([MarkdownText.Inline(m.Method), $"{Numbers.Format(m.Products)} products", $"error bound {Numbers.Format(m.ErrorBound)}",
                    $"exit {MarkdownText.Inline(m.ExitReason)}", $"backend {MarkdownText.Inline(m.Backend)}", $"{Numbers.Format(m.Seconds)} s"]);
            }
            Assert.That(expected, Has.All.Matches<string>(s => md.Contains(s!, StringComparison.Ordinal)), $"claim {c.Claim}");
        }
    }

    [Test]
    public void A_claim_judged_at_several_settings_is_defined_once_and_its_settings_are_shown_without_the_theorem()
    {
        var md = ReportRenderer.ToMarkdown(TwoSettings());
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(md, "^- `hessian-at-init`: ", RegexOptions.Multiline), Is.EqualTo(1));
            Assert.That(Regex.Count(md, "^\\| `hessian-at-init` \\| `L3-m512-tanh-seed1/synthetic:n=16,d=16` \\|", RegexOptions.Multiline), Is.EqualTo(1));
            Assert.That(Regex.Count(md, "^- `hessian-in-ball` at `L3-m512-tanh-seed1/synthetic:n=16,d=16`", RegexOptions.Multiline), Is.EqualTo(1));
            Assert.That(md, Does.Not.Contain("`" + Theorem + "/"));
        });
    }

    [Test]
    public void A_witness_found_at_another_setting_names_it()
    {
        var run = TwoSettings();
        var moved = run.Claims.Select(c => c.Witness is { } w && c.Setting == Setting ? c with { Witness = w with { Setting = Other } } : c).ToList();
        var md = ReportRenderer.ToMarkdown(run with { Sections = [run.Sections[0] with { Claims = moved }] });
        Assert.That(md, Does.Contain("witness: value 0.5 at setting `L3-m512-tanh-seed1/synthetic:n=16,d=16`, point `theta_0 + 0.5 * v_1`"));
        Assert.That(Regex.Count(md, "witness: value 0.5 at point"), Is.EqualTo(1), "the witness of the other setting was found there");
    }

    [Test]
    public void Html_lets_ids_wrap_at_separators_only()
    {
        var html = ReportRenderer.ToHtml(TwoSettings());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<code>L3-<wbr>m512-<wbr>tanh-<wbr>seed1/<wbr>synthetic:n=16,<wbr>d=16</code>"));
            Assert.That(html, Does.Contain("<code>banerjee2023.<wbr>hessian</code>"));
            Assert.That(html, Does.Contain("<code>theta_0 + 0.5 * v_1</code>"), "no break inside a number");
            Assert.That(html, Does.Contain("<code class=\"verdict v-holds\">holds</code>"));
        });
        var negative = ReportRenderer.ToHtml(TwoSettings() is var run ? run with { Sections = [run.Sections[0] with
            { Claims = [.. run.Sections[0].Claims.Select(c => c with { Setting = Theorem + "/L3-rho=-1-eta=1e-5" })] }] } : run);
        Assert.That(negative, Does.Contain("<code>L3-<wbr>rho=-1-<wbr>eta=1e-5</code>"), "no break in a negative number or an exponent");
    }
}
