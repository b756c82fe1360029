using System.Text;

namespace BoundCheck.Report.Markdown;

/// <summary>Appends Markdown blocks (headings, paragraphs, pipe tables) with the blank lines between them.</summary>
internal sealed class MarkdownBuilder
{
    private readonly StringBuilder _text = new();

    public MarkdownBuilder Heading(int level, string text) => Block(new string('#', level) + " " + text);

    public MarkdownBuilder Paragraph(string text) => Block(text);

    public MarkdownBuilder DisplayMath(string latex) => Block("$$\n" + latex.Trim() + "\n$$");

    public MarkdownBuilder Bullets(IEnumerable<string> items) => Block(string.Join("\n", items.Select(i => "- " + i)));

    /// <summary>
    /// A pipe table; cells must already be escaped (MarkdownText.Cell and friends). <paramref name="numeric"/> names
    /// the columns of numbers, which are right-aligned so that digits line up.
    /// </summary>
    public MarkdownBuilder Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<string>? numeric = null)
    {
        var table = new StringBuilder();
        table.Append("| ").AppendJoin(" | ", columns).Append(" |\n");
        table.Append('|').AppendJoin('|', columns.Select(c => numeric?.Contains(c) == true ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"table row has {row.Count} cells, the header {columns.Count}", nameof(rows));
            }
            table.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }
        return Block(table.ToString().TrimEnd('\n'));
    }

    private MarkdownBuilder Block(string block)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }
        _text.Append(block.TrimEnd('\n')).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();
}
