using BoundCheck.Report.Formatting;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>The Markdown of a whole report: title, how to read it, summary table, theorems, provenance.</summary>
internal static class MarkdownReport
{
    private static readonly string[] SummaryColumns =
        ["theorem", "claim", "setting", "verdict", "measured", "bound", "ratio", "tag"];

    private static readonly HashSet<string> SummaryNumbers = ["measured", "bound", "ratio"];

    public static string Render(VerificationRun run)
    {
        var md = new MarkdownBuilder();
        md.Heading(1, MarkdownText.Inline(run.Title));
        md.Paragraph(HowToRead());
        md.Heading(2, "Summary");
        md.Table(
            [.. Legend.Verdicts.Select(Legend.Name), "total"],
            [[.. Legend.Verdicts.Select(v => Numbers.Format(run.Claims.Count(c => c.Verdict == v))), Numbers.Format(run.Claims.Count)]]);
        if (run.Claims.Count > 0)
        {
            var certified = run.Claims.Any(c => c.Certificate is not null);
            md.Table(certified ? [.. SummaryColumns, "certificate"] : SummaryColumns,
                run.Claims.Select(c => certified ? [.. SummaryRow(c), ClaimsMarkdown.CertificateCell(c)] : SummaryRow(c)), SummaryNumbers);
            ScalingSummaryMarkdown.Render(md, run.Claims);
        }
        else
        {
            md.Paragraph("No claim was judged in this run.");
        }
        foreach (var section in run.Sections)
        {
            SectionMarkdown.Render(md, section);
        }
        ProvenanceMarkdown.Render(md, run);
        return md.ToString();
    }

    /// <summary>A verdict as a code span; the HTML colours it.</summary>
    public static string VerdictCell(Verdict verdict) => "`" + Legend.Name(verdict) + "`";

    private static IReadOnlyList<string> SummaryRow(ClaimResult c) =>
    [
        MarkdownText.Code(c.Theorem), MarkdownText.Code(c.Claim), MarkdownText.Code(SettingName.WithinTheorem(c.Theorem, c.Setting)), VerdictCell(c.Verdict),
        Numbers.Format(c.Measured), Numbers.Format(c.Bound), Numbers.Format(c.Tightness), MarkdownText.Cell(c.Tag),
    ];

    private static string HowToRead()
    {
        var verdicts = string.Join("; ", Legend.Verdicts.Select(v => $"{VerdictCell(v)}: {MarkdownText.Inline(Legend.Meaning(v))}"));
        return "**How to read this.** Each row of the summary is one claim of a theorem judged at one setting "
            + "(architecture, width m, depth L, initialisation, seed). Verdicts: " + verdicts + ". "
            + "Ratio (tightness) = measured / bound: close to 1 the bound is tight, far below 1 it is loose; "
            + "implied C = measured / (bound without its unknown constant), for O-forms. "
            + "A setting id starts with its theorem id (theorem/L3-m256-...); where the theorem is named already, that prefix is left out. "
            + "Provenance tags say where a formula comes from: **verbatim** (copied from the paper), "
            + "**reconstructed** (structure from the paper, constants unchecked), **derived** (BoundCheck's own explicit instance). "
            + "Numbers have 4 significant digits; " + Numbers.Missing + " marks a value that does not exist.";
    }
}
