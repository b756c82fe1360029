using BoundCheck.Report.Formatting;
using BoundCheck.Report.Plots;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>One theorem's part of the report.</summary>
internal static class SectionMarkdown
{
    private static readonly string[] ClaimColumns =
        ["claim", "setting", "verdict", "quantity", "measured", "bound", "tightness", "implied constant", "scope"];

    private static readonly string[] WhyColumns = ["claim", "setting", "verdict", "witness", "reason"];

    private static readonly string[] MethodColumns =
        ["claim", "setting", "method", "products", "error bound", "exit reason", "backend", "seconds"];

    private static readonly string[] FitColumns =
        ["quantity", "variable", "model", "slope [low, high]", "claimed", "bound exponent", "verdict", "points", "detail"];

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
        if (s.Notes.Count > 0)
        {
            md.Paragraph("**Notes**").Bullets(s.Notes.Select(MarkdownText.Inline));
        }
        if (s.Claims.Count > 0)
        {
            md.Heading(3, "Claims").Table(ClaimColumns, s.Claims.Select(ClaimRow));
            var explained = s.Claims.Where(c => c.Witness is not null || !string.IsNullOrWhiteSpace(c.Reason)).ToList();
            if (explained.Count > 0)
            {
                md.Heading(4, "Witnesses and reasons").Table(WhyColumns, explained.Select(WhyRow));
            }
            Hypotheses(md, s.Claims);
            var measured = s.Claims.Where(c => c.Method is not null).ToList();
            if (measured.Count > 0)
            {
                md.Heading(3, "Method").Table(MethodColumns, measured.Select(MethodRow));
            }
        }
        if (s.Fits.Count > 0)
        {
            md.Heading(3, "Scaling fits").Table(FitColumns, s.Fits.Select(FitRow));
        }
        foreach (var table in s.Tables)
        {
            md.Heading(3, MarkdownText.Inline(table.Caption))
              .Table([.. table.Columns.Select(MarkdownText.Cell)], table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(MarkdownText.Cell)]));
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
            md.Heading(4, $"Hypotheses of {MarkdownText.Code(c.Claim)} at {MarkdownText.Code(c.Setting)}")
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

    private static IReadOnlyList<string> ClaimRow(ClaimResult c) =>
    [
        MarkdownText.Code(c.Claim), MarkdownText.Code(c.Setting), MarkdownReport.VerdictCell(c.Verdict),
        MarkdownText.Cell(c.Quantity), Numbers.Format(c.Measured), Bound(c),
        Numbers.Format(c.Tightness), Numbers.Format(c.ImpliedConstant), MarkdownText.Cell(c.Scope),
    ];

    /// <summary>The relation and the bound, e.g. $\le \frac{c_H}{\sqrt{m}}$.</summary>
    private static string Bound(ClaimResult c)
    {
        if (string.IsNullOrWhiteSpace(c.BoundLatex))
        {
            return MarkdownText.Cell($"{c.Relation} {c.BoundText}");
        }
        var relation = c.Relation.Trim() switch { "<=" => @"\le", ">=" => @"\ge", "<" => "<", ">" => ">", "=" => "=", _ => null };
        return relation is null
            ? MarkdownText.Cell(c.Relation) + " " + MarkdownText.InlineMath(c.BoundLatex)
            : MarkdownText.InlineMath(relation + " " + c.BoundLatex);
    }

    private static IReadOnlyList<string> WhyRow(ClaimResult c) =>
    [
        MarkdownText.Code(c.Claim), MarkdownText.Code(c.Setting), MarkdownReport.VerdictCell(c.Verdict),
        c.Witness is { } w
            ? $"value {Numbers.Format(w.Value)} at setting {MarkdownText.Code(w.Setting)}, point {MarkdownText.Code(w.Point)}, input {MarkdownText.Code(w.Input)}"
            : Numbers.Missing,
        MarkdownText.Cell(c.Reason),
    ];

    private static IReadOnlyList<string> MethodRow(ClaimResult c)
    {
        var m = c.Method!;
        return
        [
            MarkdownText.Code(c.Claim), MarkdownText.Code(c.Setting), MarkdownText.Cell(m.Method), Numbers.Format(m.Products),
            Numbers.Format(m.ErrorBound), MarkdownText.Cell(m.ExitReason), MarkdownText.Cell(m.Backend), Numbers.Format(m.Seconds),
        ];
    }

    private static IReadOnlyList<string> FitRow(FitResult f) =>
    [
        MarkdownText.Cell(f.Quantity), MarkdownText.Cell(f.Variable), MarkdownText.Cell(f.Model),
        $"{Numbers.Format(f.Slope)} {Numbers.Interval(f.Low, f.High)}", Numbers.Format(f.Claimed), Numbers.Format(f.BoundExponent),
        "`" + Legend.Name(f.Verdict) + "`", Numbers.Format(f.Points), MarkdownText.Cell(f.Detail),
    ];
}
