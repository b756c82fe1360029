using System.Text.RegularExpressions;
using BoundCheck.Report.Formatting;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>
/// The summary table of the O-form claims judged over a sweep: per group (fixed depth), the implied constant's
/// fitted exponent in m with its interval (the scaling verdict's evidence) and the measured quantity's own exponent
/// against the stated one; then how far the converging factors of each form still are from their limits.
/// </summary>
internal static partial class ScalingSummaryMarkdown
{
    private static readonly string[] Columns =
        ["theorem", "claim", "group", "verdict", "implied C: slope in m [interval]", "measured: slope in m [interval]", "stated", "interval"];

    private static readonly HashSet<string> NumericColumns = ["stated"];

    public static void Render(MarkdownBuilder md, IReadOnlyList<ClaimResult> claims)
    {
        var scaling = claims.Where(c => c.ScalingFits is { Count: > 0 }).ToList();
        if (scaling.Count == 0)
        {
            return;
        }
        md.Heading(3, "O-form claims: scaling verdicts");
        md.Paragraph("A claim that states only an O-form (its constant unknown) cannot hold or fail at finitely many widths: its verdict is the "
            + "scaling verdict of its implied constant C = measured / (bound without constant), whose slope in log m must not exceed 0 plus the "
            + "exponent tolerance. The measured quantity's own exponent is shown against the stated form's.");
        md.Table(Columns, scaling.SelectMany(Rows), NumericColumns);
        var notes = scaling.SelectMany(c => (c.ScalingNotes ?? []).Select(n => $"{MarkdownText.Code(c.Theorem)}: {MarkdownText.Inline(n)}")).ToList();
        if (notes.Count > 0)
        {
            md.Paragraph("**Converging factors**").Bullets(notes);
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(ClaimResult c)
    {
        var fits = c.ScalingFits!;
        var implied = fits.Where(f => f.Quantity.Contains("implied constant", StringComparison.Ordinal)).ToList();
        var measured = fits.Except(implied).ToDictionary(f => Group(f.Quantity), StringComparer.Ordinal);
        foreach (var f in implied)
        {
            var group = Group(f.Quantity);
            var width = measured.GetValueOrDefault(group);
            yield return
            [
                MarkdownText.Code(c.Theorem), MarkdownText.Code(c.Claim), MarkdownText.Cell(group.Length == 0 ? "all points" : group),
                MarkdownReport.VerdictCell(c.Verdict) + (Legend.Name(f.Verdict) == Legend.Name(c.Verdict) ? "" : $" (group: `{Legend.Name(f.Verdict)}`)"),
                $"{Numbers.Format(f.Slope)} {Numbers.Interval(f.Low, f.High)}",
                width is null ? Numbers.Missing : $"{Numbers.Format(width.Slope)} {Numbers.Interval(width.Low, width.High)}",
                Numbers.Format(width?.Claimed), MarkdownText.Cell(f.Interval),
            ];
        }
    }

    // "hessian: implied constant (L=2)" -> "L=2".
    private static string Group(string quantity) => GroupPattern().Match(quantity) is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex(@"\(([^()]*)\)$")]
    private static partial Regex GroupPattern();
}
