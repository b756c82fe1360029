using BoundCheck.Report.Formatting;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>
/// A theorem's claims: a narrow table of verdicts and numbers, then what each claim measures (quantity, bound
/// formula, scope) once per claim, then per claim and setting the reason, witness and method as detail lines.
/// </summary>
internal static class ClaimsMarkdown
{
    private static readonly string[] Columns = ["claim", "setting", "verdict", "measured", "bound", "ratio", "implied C"];

    private static readonly HashSet<string> Numeric = ["measured", "bound", "ratio", "implied C"];

    public static void Render(MarkdownBuilder md, IReadOnlyList<ClaimResult> claims)
    {
        var certified = claims.Any(c => c.Certificate is not null);
        md.Heading(3, "Claims").Table(certified ? [.. Columns, "certificate"] : Columns,
            claims.Select(c => certified ? [.. Row(c), CertificateCell(c)] : Row(c)), Numeric);
        md.Bullets(claims.Select(Definition).Distinct(StringComparer.Ordinal));
        var details = claims.Select(c => (Claim: c, Lines: DetailLines(c))).Where(d => d.Lines.Count > 0).ToList();
        if (details.Count > 0)
        {
            md.Heading(4, "Reasons, witnesses and methods")
              .Bullets(details.Select(d => Subject(d.Claim) + string.Concat(d.Lines.Select(line => "\n  - " + line))));
        }
    }

    private static IReadOnlyList<string> Row(ClaimResult c) =>
    [
        MarkdownText.Code(c.Claim), MarkdownText.Code(SettingName.WithinTheorem(c.Theorem, c.Setting)), MarkdownReport.VerdictCell(c.Verdict),
        Numbers.Format(c.Measured), Numbers.Format(c.Bound), Numbers.Format(c.Tightness), Numbers.Format(c.ImpliedConstant),
    ];

    /// <summary>The certificate of a spectral claim's values ("exact", "P(miss) &lt;= 0.003", "none"), or a dash.</summary>
    internal static string CertificateCell(ClaimResult c) => c.Certificate is { } certificate ? MarkdownText.Code(certificate.Label) : Numbers.Missing;

    /// <summary>"`claim`: quantity $\le bound$, scope [tag]": the same at every setting, so listed once.</summary>
    private static string Definition(ClaimResult c)
    {
        var tag = string.IsNullOrWhiteSpace(c.Tag) ? "" : $" \\[{MarkdownText.Inline(c.Tag)}\\]";
        return $"{MarkdownText.Code(c.Claim)}: {MarkdownText.Inline(c.Quantity)} {Bound(c)}, {MarkdownText.Inline(c.Scope)}{tag}";
    }

    /// <summary>The relation and the bound, e.g. $\le \frac{c_H}{\sqrt{m}}$.</summary>
    private static string Bound(ClaimResult c)
    {
        if (string.IsNullOrWhiteSpace(c.BoundLatex))
        {
            return MarkdownText.Inline($"{c.Relation} {c.BoundText}");
        }
        var relation = c.Relation.Trim() switch { "<=" => @"\le", ">=" => @"\ge", "<" => "<", ">" => ">", "=" => "=", _ => null };
        return relation is null
            ? MarkdownText.Inline(c.Relation) + " " + MarkdownText.InlineMath(c.BoundLatex)
            : MarkdownText.InlineMath(relation + " " + c.BoundLatex);
    }

    private static string Subject(ClaimResult c) =>
        $"{MarkdownText.Code(c.Claim)} at {MarkdownText.Code(SettingName.WithinTheorem(c.Theorem, c.Setting))} ({MarkdownReport.VerdictCell(c.Verdict)})";

    private static List<string> DetailLines(ClaimResult c)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(c.Reason))
        {
            lines.Add("reason: " + MarkdownText.Inline(c.Reason));
        }
        if (c.Excluded is { } excluded)
        {
            lines.Add(MarkdownText.Inline(excluded));
        }
        if (c.Margin is { } margin)
        {
            lines.Add("margin: " + MarkdownText.Inline(margin));
        }
        foreach (var estimate in c.Estimates ?? [])
        {
            lines.Add("estimated constant: " + MarkdownText.Inline(estimate));
        }
        foreach (var note in c.ScalingNotes ?? [])
        {
            lines.Add("converging factor: " + MarkdownText.Inline(note));
        }
        if (c.Witness is { } w)
        {
            var elsewhere = w.Setting == c.Setting ? "" : $" setting {MarkdownText.Code(SettingName.WithinTheorem(c.Theorem, w.Setting))},";
            lines.Add($"witness: value {Numbers.Format(w.Value)} at{elsewhere} point {MarkdownText.Code(w.Point)}, input {MarkdownText.Code(w.Input)}");
        }
        if (c.Search is { } search)
        {
            lines.Add(SearchLine(search));
        }
        if (c.Method is { } m)
        {
            lines.Add($"method: {MarkdownText.Inline(m.Method)} — {Numbers.Format(m.Products)} products, error bound {Numbers.Format(m.ErrorBound)}, "
                + $"exit {MarkdownText.Inline(m.ExitReason)}, backend {MarkdownText.Inline(m.Backend)}, {Numbers.Format(m.Seconds)} s");
        }
        return lines;
    }

    private static string SearchLine(SearchSummary s) =>
        $"search: sampled worst {Numbers.Format(s.SampledWorst)} at {MarkdownText.Code(s.SampledAt)}; searched worst "
        + $"{Numbers.Format(s.SearchedWorst)} at {MarkdownText.Code(s.Witness)} (projected {MarkdownText.Inline(s.Direction)} from "
        + $"{MarkdownText.Code(s.Start)}: {Numbers.Format(s.Evaluations)} of {Numbers.Format(s.Budget)} evaluations, "
        + $"{Numbers.Format(s.Accepted)} steps accepted, {Numbers.Format(s.Seconds)} s)";
}
