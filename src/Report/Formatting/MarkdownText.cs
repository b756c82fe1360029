using System.Text;

namespace BoundCheck.Report.Formatting;

/// <summary>Escaping of user text placed into the Markdown the report writes.</summary>
public static class MarkdownText
{
    /// <summary>Text for one pipe-table cell: pipes escaped, line breaks folded to spaces, never empty.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Numbers.Missing;
        }
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            if (c is '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '$')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Inline text outside tables (list items, headings): Markdown specials escaped, one line.</summary>
    public static string Inline(string? text) => string.IsNullOrWhiteSpace(text) ? Numbers.Missing : Cell(text);

    /// <summary>LaTeX as inline math safe inside a table cell: '|' becomes \vert / \Vert, so no cell splits.</summary>
    public static string InlineMath(string? latex)
    {
        if (string.IsNullOrWhiteSpace(latex))
        {
            return Numbers.Missing;
        }
        var tex = OneLine(latex).Trim()
            .Replace("\\|", "\\Vert ", StringComparison.Ordinal)
            .Replace("|", "\\vert ", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal);
        return "$" + tex + "$";
    }

    /// <summary>
    /// A table cell holding code-like text (ids, settings) in a code span. Text with a pipe is written as escaped
    /// plain text instead: inside a code span "\|" is unescaped by GitHub but kept by Markdig.
    /// </summary>
    public static string Code(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Numbers.Missing;
        }
        if (text.Contains('|', StringComparison.Ordinal))
        {
            return Cell(text);
        }
        var one = OneLine(text);
        return one.Contains('`', StringComparison.Ordinal) ? "`` " + one + " ``" : "`" + one + "`";
    }

    private static string OneLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
