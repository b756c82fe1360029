using System.Text.RegularExpressions;
using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Reads a claim's scope line: where it holds, then optionally ", for all inputs" or ", max over inputs".</summary>
internal static partial class ScopeReader
{
    private const string Expected =
        "expected a scope: 'at init', 'over spectral_ball(rho, rho1) around init', 'over frobenius_ball(rho, rho1) around init', " +
        "'over euclidean_ball(R) around init', 'along gd' or 'along gradient_flow', optionally followed by ', for all inputs' or ', max over inputs'";

    public static Scope? Read(Span rest, ReadContext context)
    {
        var error = context.Error;
        var (body, tag) = Tags.Take(rest, error);
        body = body.Trim();
        var written = body.Text;
        var inputs = InputQuantifier.None;
        var quantifier = Quantifier().Match(body.Text);
        if (quantifier.Success)
        {
            inputs = quantifier.Groups["q"].Value == "for all inputs" ? InputQuantifier.ForAll : InputQuantifier.MaxOver;
            body = body.Slice(0, quantifier.Index);
        }
        var text = body.Text;
        (ScopeKind Kind, int Arity)? simple = text switch
        {
            "at init" => (ScopeKind.AtInit, 0),
            "along gd" => (ScopeKind.AlongGd, 0),
            "along gradient_flow" => (ScopeKind.AlongGradientFlow, 0),
            _ => null,
        };
        var arguments = new List<Expr>();
        if (simple is null)
        {
            var ball = Ball().Match(text);
            if (!ball.Success)
            {
                error(body.Line, body.Column, Expected);
                return null;
            }
            var kind = ball.Groups["ball"].Value switch
            {
                "spectral_ball" => ScopeKind.SpectralBall,
                "frobenius_ball" => ScopeKind.FrobeniusBall,
                _ => ScopeKind.EuclideanBall,
            };
            var args = body.Slice(ball.Groups["args"].Index, ball.Groups["args"].Length);
            foreach (var piece in SplitTopLevel(args))
            {
                if (context.Parse(piece) is { } e)
                {
                    arguments.Add(e);
                }
            }
            var arity = kind == ScopeKind.EuclideanBall ? 1 : 2;
            if (arguments.Count != arity)
            {
                error(args.Line, args.Column, $"{ball.Groups["ball"].Value} takes {arity} radius argument(s)");
                return null;
            }
            simple = (kind, arity);
        }
        return tag is { } t ? new Scope(simple.Value.Kind, arguments, inputs, new Origin(written, t, rest.Line)) : null;
    }

    private static IEnumerable<Span> SplitTopLevel(Span span)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < span.Text.Length; i++)
        {
            depth += span.Text[i] == '(' ? 1 : span.Text[i] == ')' ? -1 : 0;
            if (depth == 0 && span.Text[i] == ',')
            {
                yield return span.Slice(start, i - start).Trim();
                start = i + 1;
            }
        }
        yield return span.From(start).Trim();
    }

    [GeneratedRegex(@",\s*(?<q>for all inputs|max over inputs)\s*$")]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"^over\s+(?<ball>spectral_ball|frobenius_ball|euclidean_ball)\((?<args>.*)\)\s+around\s+init$")]
    private static partial Regex Ball();
}
