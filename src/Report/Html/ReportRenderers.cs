using BoundCheck.Report.Markdown;
using BoundCheck.Report.Plots;
using BoundCheck.Validator.Verification;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace BoundCheck.Report.Html;

/// <summary>Inlines the SVG of a plot where the Markdown has ![title](plots/id.svg), so the page needs no file.</summary>
internal sealed class InlineSvgRenderer(IReadOnlyDictionary<string, Plot> plots) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.Url is { } url && plots.TryGetValue(url, out var plot))
        {
            renderer.Write("<figure class=\"plot\">").Write(SvgPlot.Render(plot)).Write("</figure>");
            return;
        }
        base.Write(renderer, link);
    }
}

/// <summary>
/// Gives code spans that hold a verdict name a class, so the stylesheet can colour them, and lets long ids
/// (theorems, settings, data specs) wrap only at separators: a &lt;wbr&gt; is a break opportunity that copies as nothing.
/// </summary>
internal sealed class VerdictCodeRenderer : CodeInlineRenderer
{
    private static readonly HashSet<string> Names =
        [.. Legend.Verdicts.Select(Legend.Name), .. Enum.GetValues<ScalingVerdict>().Select(Legend.Name)];

    protected override void Write(HtmlRenderer renderer, CodeInline obj)
    {
        if (Names.Contains(obj.Content))
        {
            renderer.Write($"<code class=\"verdict v-{obj.Content}\">").Write(obj.Content).Write("</code>");
            return;
        }
        renderer.Write("<code").WriteAttributes(obj).Write('>');
        var text = obj.ContentSpan;
        int start = 0;
        for (int i = 0; i < text.Length - 1; i++)
        {
            // After '/' and ',' of settings and data specs, after the '.' of "paper.theorem" but not of "0.5", and after the
            // '-' between the parts of a setting name ("L2-m16-tanh") but not of a negative number or exponent ("=-1", "1e-5").
            if (text[i] is '/' or ',' || (text[i] == '.' && char.IsLetter(text[i + 1])) || (text[i] == '-' && i > 0 && BreaksAfterDash(text, i)))
            {
                renderer.WriteEscape(text[start..(i + 1)]);
                renderer.Write("<wbr>");
                start = i + 1;
            }
        }
        renderer.WriteEscape(text[start..]);
        renderer.Write("</code>");
    }

    private static bool BreaksAfterDash(ReadOnlySpan<char> text, int i) =>
        char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1]) && !(text[i - 1] is 'e' or 'E' && i >= 2 && char.IsDigit(text[i - 2]));
}
