namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Finds the one relation operator (&lt;=, &gt;=, &lt;, &gt;, =) outside parentheses in <c>left op right</c>.</summary>
internal static class RelationSplitter
{
    public static (Span Left, Relation Relation, Span Right)? Split(Span span, Action<int, int, string> error)
    {
        var found = new List<(int Index, int Length, Relation Relation)>();
        var depth = 0;
        var text = span.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if (depth != 0 || c is not ('<' or '>' or '='))
            {
                continue;
            }
            var twoChar = i + 1 < text.Length && text[i + 1] == '=' && c != '=';
            var relation = (c, twoChar) switch
            {
                ('<', true) => Relation.LessOrEqual,
                ('>', true) => Relation.GreaterOrEqual,
                ('<', false) => Relation.Less,
                ('>', false) => Relation.Greater,
                _ => Relation.Equal,
            };
            found.Add((i, twoChar ? 2 : 1, relation));
            i += twoChar ? 1 : 0;
        }
        if (found.Count != 1)
        {
            error(span.Line, found.Count == 0 ? span.Column : span.Column + found[1].Index,
                found.Count == 0 ? "expected a relation (<=, >=, <, >, =) between two expressions" : "expected exactly one relation (<=, >=, <, >, =); found another here");
            return null;
        }
        var (index, length, rel) = found[0];
        return (span.Slice(0, index).Trim(), rel, span.From(index + length).Trim());
    }
}
