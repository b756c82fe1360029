using System.Text.RegularExpressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Reads <c>O(expr)</c>, <c>O~(expr)</c>, <c>Omega(expr)</c>, <c>Theta(expr)</c>.</summary>
internal static partial class StatedFormReader
{
    public static StatedForm? Read(Span span, string label, Provenance? tag, ReadContext context)
    {
        var error = context.Error;
        var match = Form().Match(span.Text);
        if (!match.Success)
        {
            error(span.Line, span.Column, "expected an asymptotic form O(...), O~(...), Omega(...) or Theta(...)");
            return null;
        }
        var kind = match.Groups["kind"].Value switch
        {
            "O" => AsymptoticKind.BigO,
            "O~" => AsymptoticKind.SoftBigO,
            "Omega" => AsymptoticKind.Omega,
            _ => AsymptoticKind.Theta,
        };
        var body = context.Parse(span.Slice(match.Groups["body"].Index, match.Groups["body"].Length), allowPoly: true);
        FormCondition? condition = null;
        if (match.Groups["cond"].Success)
        {
            var cond = span.Slice(match.Groups["cond"].Index, match.Groups["cond"].Length);
            var found = Condition().Match(cond.Text);
            if (!found.Success)
            {
                error(cond.Line, cond.Column, "expected a regime 'for SYMBOL REL NUMBER', e.g. 'for gamma <= 1'");
                return null;
            }
            var relation = found.Groups["rel"].Value switch
            {
                "<=" => Relation.LessOrEqual,
                "<" => Relation.Less,
                ">=" => Relation.GreaterOrEqual,
                ">" => Relation.Greater,
                _ => Relation.Equal,
            };
            condition = new FormCondition(found.Groups["symbol"].Value, relation,
                double.Parse(found.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return body is null || tag is not { } t ? null : new StatedForm(kind, body, label, new Origin(span.Text, t, span.Line), condition);
    }

    [GeneratedRegex(@"^(?<kind>O~|Omega|Theta|O)\((?<body>.*)\)(\s+for\s+(?<cond>\S.*))?$")]
    private static partial Regex Form();

    [GeneratedRegex(@"^(?<symbol>[A-Za-z][A-Za-z0-9_]*)\s*(?<rel><=|>=|<|>|=)\s*(?<value>[0-9]+(\.[0-9]+)?)$")]
    private static partial Regex Condition();
}
