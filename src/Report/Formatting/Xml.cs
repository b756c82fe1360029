using System.Text;

namespace BoundCheck.Report.Formatting;

/// <summary>Escaping for text placed into HTML, SVG and MathML.</summary>
public static class Xml
{
    /// <summary>Escapes &amp; &lt; &gt; and quotes; every other character is kept as it is (UTF-8 output).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
