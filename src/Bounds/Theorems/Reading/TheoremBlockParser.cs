using System.Text.RegularExpressions;
using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Reads one ```theorem block into a <see cref="Theorem"/>, reporting every problem with line and column.</summary>
internal sealed partial class TheoremBlockParser(string file, Paper paper, IReadOnlyDictionary<string, Theorem> earlier, List<LoadError> errors)
{
    private readonly Dictionary<string, string> keys = [];
    private readonly List<Parameter> parameters = [];
    private readonly List<TheoremDefinition> definitions = [];
    private readonly List<Hypothesis> hypotheses = [];
    private readonly List<ClaimBuilder> claims = [];
    private readonly List<Order> orders = [];
    private readonly HashSet<string> imported = [];
    private readonly List<string> usedTexts = [];
    private int errorCountAtStart;
    private ReadContext? context;

    private ReadContext Context => context ??= new ReadContext(Error);

    public Theorem? Parse(FencedBlock block)
    {
        errorCountAtStart = errors.Count;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var raw = block.Lines[i];
            var span = new Span(raw, block.FirstLine + i, 1);
            var content = span.Trim();
            if (content.Text.Length == 0 || content.Text.StartsWith('#'))
            {
                continue;
            }
            if (char.IsWhiteSpace(raw[0]))
            {
                if (claims.Count == 0)
                {
                    Error(content.Line, content.Column, "an indented line belongs to a claim: expected a 'claim name: quantity <= bound' line above it");
                    continue;
                }
                claims[^1].Attribute(content);
                continue;
            }
            TopLevel(content);
        }
        var opening = block.FirstLine - 1;
        foreach (var key in new[] { "id", "title", "result", "model" })
        {
            if (!keys.ContainsKey(key))
            {
                Error(opening, 1, $"theorem block has no '{key}:' line");
            }
        }
        if (claims.Count == 0)
        {
            Error(opening, 1, "theorem block has no claim: expected 'claim name: quantity <= bound [tag]'");
        }
        var built = claims.Select(c => c.Build()).ToList();
        if (errors.Count > errorCountAtStart)
        {
            return null;
        }
        var theorem = new Theorem(keys["id"], keys["title"], new Source(paper, keys["result"], keys.GetValueOrDefault("ref", "")),
            keys["model"], keys.GetValueOrDefault("init", "gaussian"), parameters, definitions, hypotheses, built!, orders, block.Prose, file, block.FirstLine,
            Text: string.Join("\n", usedTexts.Prepend(string.Join("\n", block.Lines))));
        return theorem;
    }

    private void TopLevel(Span line)
    {
        var match = Keyword().Match(line.Text);
        if (!match.Success)
        {
            Error(line.Line, line.Column, "expected a line 'key: value' (id, title, result, ref, model, init, uses) or 'param', 'define', 'assume', 'claim', 'order'");
            return;
        }
        var key = match.Groups["key"].Value;
        var rest = line.From(match.Length).Trim();
        var colon = match.Groups["colon"].Success;
        switch (key)
        {
            case "id" or "title" or "result" or "ref" or "model" or "init" when colon:
                Metadata(key, rest);
                break;
            case "uses" when colon:
                Uses(rest);
                break;
            case "param" when !colon:
                Param(rest);
                break;
            case "define" when !colon:
                Define(rest);
                break;
            case "assume" when !colon:
                Assume(rest);
                break;
            case "claim" when !colon:
                var claim = ClaimBuilder.Start(rest, Context);
                if (claim is not null)
                {
                    if (claims.Any(c => c.Name == claim.Name))
                    {
                        Error(rest.Line, rest.Column, $"claim '{claim.Name}' is declared twice");
                    }
                    claims.Add(claim);
                }
                break;
            case "order" when !colon:
                Order(rest);
                break;
            default:
                Error(line.Line, line.Column, $"unknown key '{key}{(colon ? ":" : "")}': expected id:, title:, result:, ref:, model:, init:, uses:, param, define, assume, claim or order");
                break;
        }
    }

    private void Metadata(string key, Span value)
    {
        if (keys.ContainsKey(key))
        {
            Error(value.Line, value.Column, $"'{key}:' given twice");
        }
        if (key == "id" && !IdPattern().IsMatch(value.Text))
        {
            Error(value.Line, value.Column, "expected an id like 'paper2023.name' (lower case letters, digits, underscores, one dot)");
        }
        if (key == "model" && ModelFamilies.Find(value.Text) is null)
        {
            Error(value.Line, value.Column, $"unknown model family '{value.Text}': expected one of {string.Join(", ", ModelFamilies.All.Select(f => f.Name))}");
        }
        keys[key] = value.Text;
    }

    // uses: other.id -- imports the parameters, definitions and hypotheses of an earlier theorem of the same file.
    private void Uses(Span value)
    {
        if (!earlier.TryGetValue(value.Text, out var source))
        {
            Error(value.Line, value.Column, $"'uses:' expected the id of a theorem earlier in this file; '{value.Text}' is not one");
            return;
        }
        usedTexts.Add(source.Text);
        foreach (var p in source.Parameters.Where(p => parameters.All(q => q.Name != p.Name)))
        {
            parameters.Add(p);
            imported.Add(p.Name);
            Context.Symbols.Add(p.Name, 0);
        }
        hypotheses.AddRange(source.Hypotheses.Where(h => hypotheses.All(k => k.Origin.Text != h.Origin.Text)));
        foreach (var d in source.Definitions.Where(d => definitions.All(e => e.Name != d.Name)))
        {
            definitions.Add(d);
            imported.Add(d.Name);
            Context.Symbols.Add(d.Name, d.Parameters.Count);
        }
    }

    private void Param(Span rest)
    {
        var match = ParamPattern().Match(rest.Text);
        if (!match.Success)
        {
            Error(rest.Line, rest.Column, $"expected 'param name {DomainParser.Expected}'");
            return;
        }
        var name = match.Groups["name"].Value;
        var domainSpan = rest.Slice(match.Groups["domain"].Index, match.Groups["domain"].Length);
        var domain = DomainParser.Parse(domainSpan.Text);
        if (domain is null)
        {
            Error(rest.Line, domainSpan.Column, $"expected {DomainParser.Expected}");
            return;
        }
        Expr? fallback = null;
        if (match.Groups["default"].Success)
        {
            fallback = Context.Parse(rest.Slice(match.Groups["default"].Index, match.Groups["default"].Length), declaredOnly: true);
        }
        Declare(name, rest);
        Context.Symbols.Add(name, 0);
        parameters.Add(new Parameter(name, domain.Value, fallback, rest.Line));
    }

    private void Define(Span rest)
    {
        var (body, tag) = Tags.Take(rest, Error);
        var match = DefinePattern().Match(body.Text);
        if (!match.Success)
        {
            Error(rest.Line, rest.Column, "expected 'define name = expression' or 'define name(a, b) = expression'");
            return;
        }
        var name = match.Groups["name"].Value;
        var args = match.Groups["args"].Success
            ? match.Groups["args"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        var exprSpan = body.From(match.Groups["body"].Index).Trim();
        var expr = Context.Parse(exprSpan, locals: args);
        Declare(name, rest);
        Context.Symbols.Add(name, args.Length);
        if (expr is not null && tag is { } t)
        {
            definitions.Add(new TheoremDefinition(name, args, expr, new Origin(body.Text.Trim(), t, rest.Line)));
        }
    }

    private void Assume(Span rest)
    {
        var (body, tag) = Tags.Take(rest, Error);
        var parts = RelationSplitter.Split(body, Error);
        if (parts is not { } p)
        {
            return;
        }
        var left = Context.Parse(p.Left);
        var right = Context.Parse(p.Right);
        if (left is not null && right is not null && tag is { } t)
        {
            var quantities = FreeSymbols.Names(left).Concat(FreeSymbols.Names(right)).Where(n => Vocabulary.Find(n) is not null).Distinct().ToList();
            hypotheses.Add(new Hypothesis(left, p.Relation, right, quantities, new Origin(body.Text.Trim(), t, rest.Line)));
        }
    }

    private void Order(Span rest)
    {
        var (body, tag) = Tags.Take(rest, Error);
        var match = OrderPattern().Match(body.Text);
        if (!match.Success)
        {
            Error(rest.Line, rest.Column, "expected 'order name O(expression)' (or Omega, Theta, O~)");
            return;
        }
        var form = StatedFormReader.Read(body.From(match.Groups["form"].Index).Trim(), match.Groups["name"].Value, tag, Context);
        if (definitions.All(d => d.Name != match.Groups["name"].Value))
        {
            Error(rest.Line, rest.Column, $"'order' expected the name of a definition declared above; '{match.Groups["name"].Value}' is not one");
        }
        if (form is not null)
        {
            orders.Add(new Order(match.Groups["name"].Value, form));
        }
    }

    private void Declare(string name, Span where)
    {
        if (imported.Remove(name))
        {
            parameters.RemoveAll(p => p.Name == name);
            definitions.RemoveAll(d => d.Name == name);
            Context.Symbols.Remove(name);
        }
        if (parameters.Any(p => p.Name == name) || definitions.Any(d => d.Name == name))
        {
            Error(where.Line, where.ColumnOf(name), $"'{name}' is declared twice");
        }
        if (Vocabulary.Find(name) is not null)
        {
            Error(where.Line, where.ColumnOf(name), $"'{name}' is a quantity of the vocabulary and cannot be redeclared");
        }
    }

    private void Error(int line, int column, string message) => errors.Add(new LoadError(file, line, column, message));

    [GeneratedRegex(@"^(?<key>[a-z]+)(?<colon>:)?(\s+|$)")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^[a-z][a-z0-9]*\.[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_]*)\s+(?<domain>.+?)(\s+default\s+(?<default>.+))?$")]
    private static partial Regex ParamPattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_]*)\s*(\((?<args>[^)]*)\))?\s*=(?<body>.*)$")]
    private static partial Regex DefinePattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_]*)\s+(?<form>.+)$")]
    private static partial Regex OrderPattern();
}
