using BoundCheck.Report.Latex;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BoundCheck.Report.Html;

/// <summary>Replaces Markdig's math renderers (which emit raw LaTeX for a script to typeset) by MathML.</summary>
internal sealed class MathMlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new InlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new BlockRenderer());
        }
    }

    private sealed class InlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj) =>
            renderer.Write(MathMl.Convert(obj.Content.ToString(), display: obj.DelimiterCount >= 2));
    }

    private sealed class BlockRenderer : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"math-display\">")
                    .Write(MathMl.Convert(obj.Lines.ToString(), display: true))
                    .WriteLine("</div>");
        }
    }
}
