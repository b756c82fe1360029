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
        return body is null || tag is not { } t ? null : new StatedForm(kind, body, label, new Origin(span.Text, t, span.Line));
    }

    [GeneratedRegex(@"^(?<kind>O~|Omega|Theta|O)\((?<body>.*)\)$")]
    private static partial Regex Form();
}
