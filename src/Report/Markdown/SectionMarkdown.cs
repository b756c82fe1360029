using BoundCheck.Report.Formatting;
using BoundCheck.Report.Plots;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>One theorem's part of the report.</summary>
internal static class SectionMarkdown
{
    private static readonly string[] FitColumns =
        ["quantity", "var", "model", "slope [low, high]", "claimed", "bound exp.", "verdict", "points", "interval"];

    private static readonly HashSet<string> FitNumbers = ["claimed", "bound exp.", "points"];

    public static void Render(MarkdownBuilder md, TheoremSection s)
    {
        md.Heading(2, $"{MarkdownText.Inline(s.Title)} ({MarkdownText.Code(s.Theorem)})");
        md.Paragraph("> **Provenance:** " + ProvenanceTags(s));
        md.Paragraph($"*Source:* {MarkdownText.Inline(s.Source)}");
        if (!string.IsNullOrWhiteSpace(s.StatementLatex))
        {
            md.DisplayMath(s.StatementLatex);
        }
        else if (!string.IsNullOrWhiteSpace(s.Statement))
        {
            md.Paragraph("*Statement:* " + MarkdownText.Inline(s.Statement));
        }
        if (!string.IsNullOrWhiteSpace(s.Prose))
        {
            md.Paragraph(s.Prose.Trim());
        }
        if (!string.IsNullOrWhiteSpace(s.Caveats))
        {
            md.Paragraph("**Caveats of the theorem file** (what could and could not be checked against the paper)").Paragraph(s.Caveats.Trim());
        }
        if (s.Notes.Count > 0)
        {
            md.Paragraph("**Notes**").Bullets(s.Notes.Select(MarkdownText.Inline));
        }
        if (s.Claims.Count > 0)
        {
            ClaimsMarkdown.Render(md, s.Claims);
            Hypotheses(md, s.Claims);
        }
        if (s.Fits.Count > 0)
        {
            md.Heading(3, "Scaling fits").Table(FitColumns, s.Fits.Select(FitRow), FitNumbers);
            md.Paragraph("**Verdicts of the fits:** " + string.Join("; ", s.Fits.Select(f => f.Verdict).Distinct().Order()
                .Select(v => $"`{Legend.Name(v)}`: {MarkdownText.Inline(Legend.Meaning(v))}")) + ".");
            // The fit's full description (OLS error, bootstrap, AIC, claimed growth) below the table keeps its rows one line high.
            md.Paragraph("**Fit details**").Bullets(s.Fits.Where(f => !string.IsNullOrWhiteSpace(f.Detail)).Select(f => MarkdownText.Inline(f.Detail)));
        }
        foreach (var table in s.Tables)
        {
            string Cell(string cell) => MarkdownText.Cell(SettingName.WithinTheorem(s.Theorem, cell));
            md.Heading(3, MarkdownText.Inline(table.Caption))
              .Table([.. table.Columns.Select(MarkdownText.Cell)], table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Cell)]));
        }
        if (s.Plots.Count > 0)
        {
            md.Heading(3, "Plots");
            foreach (var plot in s.Plots)
            {
                md.Paragraph($"![{MarkdownText.Inline(plot.Title)}]({PlotFiles.RelativePath(plot.Id)})");
            }
        }
    }

    /// <summary>The distinct tags of the theorem's claims and hypotheses, each with its meaning.</summary>
    private static string ProvenanceTags(TheoremSection s)
    {
        var tags = s.Claims.Select(c => c.Tag)
            .Concat(s.Claims.SelectMany(c => c.Hypotheses).Select(h => h.Tag))
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return tags.Count == 0
            ? "untagged"
            : string.Join("; ", tags.Select(t => $"**{MarkdownText.Inline(t)}** — {Legend.TagMeaning(t)}"));
    }

    private static void Hypotheses(MarkdownBuilder md, IReadOnlyList<ClaimResult> claims)
    {
        foreach (var c in claims.Where(c => c.Hypotheses.Count > 0))
        {
            md.Heading(4, $"Hypotheses of {MarkdownText.Code(c.Claim)} at {MarkdownText.Code(SettingName.WithinTheorem(c.Theorem, c.Setting))}")
              .Table(["hypothesis", "kind", "holds", "detail", "tag"], c.Hypotheses.Select(HypothesisRow));
        }
    }

    private static IReadOnlyList<string> HypothesisRow(HypothesisResult h) =>
    [
        string.IsNullOrWhiteSpace(h.Latex) ? MarkdownText.Cell(h.Text) : MarkdownText.InlineMath(h.Latex),
        Legend.Name(h.Kind),
        h.Holds switch { true => "yes", false => "**no**", null => "undecided" },
        MarkdownText.Cell(h.Detail),
        MarkdownText.Cell(h.Tag),
    ];

    private static IReadOnlyList<string> FitRow(FitResult f) =>
    [
        MarkdownText.Cell(f.Quantity), MarkdownText.Cell(f.Variable), MarkdownText.Cell(f.Model),
        $"{Numbers.Format(f.Slope)} {Numbers.Interval(f.Low, f.High)}", Numbers.Format(f.Claimed), Numbers.Format(f.BoundExponent),
        "`" + Legend.Name(f.Verdict) + "`", Numbers.Format(f.Points), MarkdownText.Cell(f.Interval),
    ];
}
