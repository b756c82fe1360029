using BoundCheck.Report.Html;
using BoundCheck.Report.IO;
using BoundCheck.Report.Json;
using BoundCheck.Report.Markdown;
using BoundCheck.Report.Plots;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report;

/// <summary>Renders a <see cref="VerificationRun"/> as Markdown, HTML, SVG plots and results.json. Runs no numerics.</summary>
public static class ReportRenderer
{
    /// <summary>File name of the Markdown report.</summary>
    public const string MarkdownFile = "report.md";

    /// <summary>File name of the HTML report.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>The Markdown report; plots are referenced as plots/&lt;id&gt;.svg.</summary>
    public static string ToMarkdown(VerificationRun run) => MarkdownReport.Render(run);

    /// <summary>A self-contained HTML page (inline CSS, MathML, inline SVG; opens from disk with no network).</summary>
    public static string ToHtml(VerificationRun run) => ToHtml(run, ToMarkdown(run));

    private static string ToHtml(VerificationRun run, string markdown) =>
        HtmlReport.Render(run.Title, markdown, run.Sections.SelectMany(s => s.Plots));

    /// <summary>
    /// Writes report.md, report.html, results.json and plots/&lt;id&gt;.svg into <paramref name="directory"/>,
    /// each file atomically. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(VerificationRun run, string directory)
    {
        // results.json first: if rendering fails later, the data needed to re-render is already on disk.
        ResultsJson.Write(run, directory);
        return [Path.Combine(directory, ResultsJson.FileName), .. WriteReport(run, directory)];
    }

    /// <summary>Writes report.md, report.html and the plots (not results.json), each atomically. Returns the paths.</summary>
    public static IReadOnlyList<string> WriteReport(VerificationRun run, string directory)
    {
        var written = new List<string>();
        void Write(string relative, string content)
        {
            var path = Path.Combine(directory, relative);
            AtomicFile.WriteAllText(path, content);
            written.Add(path);
        }
        foreach (var plot in run.Sections.SelectMany(s => s.Plots))
        {
            Write(PlotFiles.RelativePath(plot.Id), SvgPlot.Render(plot));
        }
        var markdown = ToMarkdown(run);
        Write(MarkdownFile, markdown);
        Write(HtmlFile, ToHtml(run, markdown));
        return written;
    }

    /// <summary>Re-renders report.md, report.html and the plots from DIR/results.json, without recomputing.</summary>
    public static IReadOnlyList<string> Rerender(string directory) => WriteReport(ResultsJson.Read(directory), directory);
}
