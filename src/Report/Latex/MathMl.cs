
namespace BoundCheck.Report.Latex;

/// <summary>LaTeX (the subset BoundCheck and theorem prose use) to MathML Core, which browsers render offline.</summary>
public static class MathMl
{
    /// <summary>
    /// MathML for <paramref name="latex"/>; when it uses a command outside the subset or is malformed, the raw
    /// LaTeX in a &lt;code&gt; element instead, so no content is ever dropped.
    /// </summary>
    public static string Convert(string latex, bool display) =>
        TryConvert(latex, display, out var mathml, out _)
            ? mathml
            : $"<code class=\"latex\">{Formatting.Xml.Escape(display ? latex.Trim() : latex)}</code>";

    /// <summary>Converts, or returns false with the reason (e.g. "unknown command \foo at 3").</summary>
    public static bool TryConvert(string latex, bool display, out string mathml, out string? error)
    {
        try
        {
            var body = new LatexParser(latex).ParseAll();
            mathml = display ? $"<math display=\"block\">{body}</math>" : $"<math>{body}</math>";
            error = null;
            return true;
        }
        catch (LatexException e)
        {
            mathml = string.Empty;
            error = e.Message;
            return false;
        }
    }
}

/// <summary>LaTeX outside the supported subset; the converter falls back to raw text.</summary>
internal sealed class LatexException(string message) : Exception(message);
