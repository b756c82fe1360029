using System.Text.RegularExpressions;
using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Collects a claim line and its indented attribute lines (scope, probability, stated, constant, note).</summary>
internal sealed partial class ClaimBuilder
{
    private readonly ReadContext context;
    private readonly Action<int, int, string> error;
    private readonly Span start;
    private readonly string quantity;
    private readonly Relation relation;
    private readonly Expr bound;
    private readonly Origin origin;
    private readonly List<StatedForm> stated = [];
    private readonly List<string> notes = [];
    private Scope? scope;
    private Probability? probability;
    private bool constantKnown = true;
    private Expr? unknownFactor;

    private ClaimBuilder(string name, Span start, string quantity, Relation relation, Expr bound, Origin origin, ReadContext context)
    {
        Name = name;
        this.start = start;
        this.quantity = quantity;
        this.relation = relation;
        this.bound = bound;
        this.origin = origin;
        this.context = context;
        error = context.Error;
    }

    public string Name { get; }

    /// <summary>Reads <c>name: quantity relation bound [tag]</c>; null (with errors recorded) when malformed.</summary>
    public static ClaimBuilder? Start(Span rest, ReadContext context)
    {
        var error = context.Error;
        var (body, tag) = Tags.Take(rest, error);
        var head = Head().Match(body.Text);
        if (!head.Success)
        {
            error(rest.Line, rest.Column, "expected 'claim name: quantity <= bound' (name: lower case letters, digits, underscores)");
            return null;
        }
        var parts = RelationSplitter.Split(body.From(head.Length), error);
        if (parts is not { } p)
        {
            return null;
        }
        var measured = Vocabulary.Find(p.Left.Text);
        if (measured is not { Kind: QuantityKind.Measured })
        {
            error(p.Left.Line, p.Left.Column, $"expected a measured quantity of the vocabulary on the left of a claim; '{p.Left.Text}' is not one");
            return null;
        }
        var boundExpr = context.Parse(p.Right);
        return boundExpr is null || tag is not { } t
            ? null
            : new ClaimBuilder(head.Groups["name"].Value, rest, measured.Name, p.Relation, boundExpr, new Origin(body.Text.Trim(), t, rest.Line), context);
    }

    public void Attribute(Span line)
    {
        var match = AttributeKey().Match(line.Text);
        var key = match.Success ? match.Groups["key"].Value : "";
        var rest = match.Success ? line.From(match.Length).Trim() : line;
        switch (key)
        {
            case "scope":
                Once(scope is null, line, key);
                scope = ScopeReader.Read(rest, context);
                break;
            case "probability":
                Once(probability is null, line, key);
                probability = ReadProbability(rest);
                break;
            case "stated" or "abstract":
                var (body, tag) = Tags.Take(rest, error);
                if (StatedFormReader.Read(body.Trim(), key, tag, context) is { } form)
                {
                    stated.Add(form);
                }
                break;
            case "constant":
                ReadConstant(rest);
                break;
            case "note":
                notes.Add(rest.Text);
                break;
            default:
                error(line.Line, line.Column, "expected a claim attribute: scope, probability, stated, abstract, constant or note");
                break;
        }
    }

    public Claim? Build()
    {
        if (scope is null)
        {
            error(start.Line, start.Column, $"claim '{Name}' has no scope: expected an indented 'scope ...' line (at init, over spectral_ball(rho, rho1) around init, over euclidean_ball(R) around init, along gd, along gradient_flow)");
            return null;
        }
        return new Claim(Name, quantity, relation, bound, origin, scope, probability, constantKnown, unknownFactor, stated, notes);
    }

    private Probability? ReadProbability(Span rest)
    {
        var (body, tag) = Tags.Take(rest, error);
        body = body.Trim();
        if (!body.Text.StartsWith(">=", StringComparison.Ordinal))
        {
            error(body.Line, body.Column, "expected 'probability >= expression'");
            return null;
        }
        var expr = context.Parse(body.From(2).Trim());
        return expr is null || tag is not { } t ? null : new Probability(expr, new Origin(body.Text, t, body.Line));
    }

    // constant unknown [factor]: the bound is the O-form without its constant; the constant may depend on factor.
    private void ReadConstant(Span rest)
    {
        if (!rest.Text.StartsWith("unknown", StringComparison.Ordinal))
        {
            error(rest.Line, rest.Column, "expected 'constant unknown' or 'constant unknown poly(L)'");
            return;
        }
        constantKnown = false;
        var factor = rest.From("unknown".Length).Trim();
        if (factor.Text.Length > 0)
        {
            unknownFactor = context.Parse(factor, allowPoly: true);
        }
    }

    private void Once(bool first, Span line, string key)
    {
        if (!first)
        {
            error(line.Line, line.Column, $"claim '{Name}' has two '{key}' lines");
        }
    }

    [GeneratedRegex(@"^(?<name>[a-z][a-z0-9_]*)\s*:\s*")]
    private static partial Regex Head();

    [GeneratedRegex(@"^(?<key>[a-z]+)(\s+|$)")]
    private static partial Regex AttributeKey();
}
