using BoundCheck.Report.Plots;
using BoundCheck.Validator.Verification;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace BoundCheck.Report.Html;

/// <summary>Markdown to a self-contained HTML page: inline CSS, MathML, inline SVG, no external resource.</summary>
internal static class HtmlReport
{
    // One pipeline for the process: building it is the expensive part and it is immutable once built.
    // Raw HTML is disabled, so any markup in user text (theorem prose, notes, ids) is written escaped.
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseMathematics()
            .UseAutoIdentifiers()
            .DisableHtml();
        builder.Extensions.Add(new MathMlExtension());
        return builder.Build();
    }

    /// <summary>The page for <paramref name="markdown"/>; plots referenced as plots/id.svg are inlined.</summary>
    public static string Render(string title, string markdown, IEnumerable<Plot> plots)
    {
        var byPath = new Dictionary<string, Plot>(StringComparer.Ordinal);
        foreach (var plot in plots)
        {
            byPath.TryAdd(PlotFiles.RelativePath(plot.Id), plot);
        }
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        using var body = new StringWriter();
        var renderer = new HtmlRenderer(body);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new InlineSvgRenderer(byPath));
        renderer.ObjectRenderers.ReplaceOrAdd<CodeInlineRenderer>(new VerdictCodeRenderer());
        renderer.Render(document);
        renderer.Writer.Flush();
        return Page(title, body.ToString());
    }

    private static string Page(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + $"<title>{Formatting.Xml.Escape(title)}</title>\n<style>\n{Stylesheet.Css}</style>\n</head>\n<body>\n<main>\n"
        + body + "</main>\n</body>\n</html>\n";
}
