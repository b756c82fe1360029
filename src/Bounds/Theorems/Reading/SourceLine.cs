using System.Text.RegularExpressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>A piece of a theorem-file line: its text and the 1-based column where it starts.</summary>
internal readonly record struct Span(string Text, int Line, int Column)
{
    /// <summary>The span with leading and trailing blanks removed, column adjusted.</summary>
    public Span Trim()
    {
        var lead = Text.Length - Text.TrimStart().Length;
        return new Span(Text.Trim(), Line, Column + lead);
    }

    /// <summary>The part from <paramref name="start"/> (0-based in <see cref="Text"/>) on.</summary>
    public Span From(int start) => new(Text[start..], Line, Column + start);

    /// <summary>The part <c>[start, start + length)</c>.</summary>
    public Span Slice(int start, int length) => new(Text.Substring(start, length), Line, Column + start);

    /// <summary>Column of the first whole-word occurrence of <paramref name="word"/>, else the span's column.</summary>
    public int ColumnOf(string word)
    {
        var match = Regex.Match(Text, $@"(?<![A-Za-z0-9_.]){Regex.Escape(word)}(?![A-Za-z0-9_])");
        return match.Success ? Column + match.Index : Column;
    }
}

/// <summary>Splits the provenance tag off the end of a formula line.</summary>
internal static partial class Tags
{
    /// <summary>What a formula line must end with.</summary>
    public const string Expected = "a provenance tag [verbatim], [reconstructed] or [derived] at the end of the line";

    /// <summary>The span without its trailing tag, and the tag; records an error when the tag is missing or [?].</summary>
    public static (Span Body, Provenance? Tag) Take(Span span, Action<int, int, string> error)
    {
        var match = Trailing().Match(span.Text);
        if (!match.Success)
        {
            error(span.Line, span.Column + span.Text.TrimEnd().Length, $"expected {Expected}");
            return (span, null);
        }
        var name = match.Groups["tag"].Value.Trim();
        var body = span.Slice(0, match.Index);
        var tagColumn = span.Column + match.Index + match.Value.IndexOf('[');
        if (name == "?")
        {
            error(span.Line, tagColumn, "a formula tagged [?] (unverified) must not be encoded: leave it out of the theorem file");
            return (body, null);
        }
        var tag = ProvenanceText.Parse(name);
        if (tag is null)
        {
            error(span.Line, tagColumn, $"unknown provenance tag [{name}]: expected {Expected}");
        }
        return (body, tag);
    }

    [GeneratedRegex(@"\s*\[(?<tag>[^\[\]]*)\]\s*$")]
    private static partial Regex Trailing();
}
