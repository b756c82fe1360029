namespace BoundCheck.Bounds.Expressions;

/// <summary>A named definition: <c>gamma = sigma1 + rho/sqrt(m)</c> (no parameters) or <c>h(l) = ...</c>.</summary>
public sealed record Definition(string Name, IReadOnlyList<string> Parameters, Expr Body)
{
    /// <summary>Parses "name = body" or "name(p1, p2) = body"; throws FormatException on bad text (programmer use).</summary>
    public static Definition Parse(string text)
    {
        var equals = TopLevelEquals(text);
        if (equals < 0)
        {
            throw new FormatException($"definition '{text}' has no top-level '='");
        }
        var head = Expr.Parse(text[..equals]);
        var body = Expr.Parse(text[(equals + 1)..]);
        return head switch
        {
            Sym s => new Definition(s.Name, [], body),
            Apply a when a.Arguments.All(p => p is Sym) =>
                new Definition(a.Name, [.. a.Arguments.Cast<Sym>().Select(p => p.Name)], body),
            _ => throw new FormatException($"definition head '{text[..equals].Trim()}' must be a name or name(params)"),
        };
    }

    private static int TopLevelEquals(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] == '=')
            {
                return i;
            }
        }
        return -1;
    }
}

/// <summary>An ordered, immutable set of definitions by name, used by Evaluate, Inline and Growth.</summary>
public sealed class Definitions
{
    private readonly Dictionary<string, Definition> _byName;
    private readonly List<Definition> _ordered;

    private Definitions(List<Definition> ordered)
    {
        _ordered = ordered;
        _byName = ordered.ToDictionary(d => d.Name);
    }

    public static Definitions Empty { get; } = new([]);

    /// <summary>The definitions in order; a later definition of the same name replaces an earlier one.</summary>
    public static Definitions Of(IEnumerable<Definition> definitions)
    {
        var list = new List<Definition>();
        foreach (var d in definitions)
        {
            list.RemoveAll(x => x.Name == d.Name);
            list.Add(d);
        }
        return new Definitions(list);
    }

    /// <summary>Parses each "name(params) = body" line (see <see cref="Definition.Parse"/>).</summary>
    public static Definitions Parse(params string[] lines) => Of(lines.Select(Definition.Parse));

    public IReadOnlyList<Definition> All => _ordered;

    public Definitions With(Definition definition) => Of([.. _ordered, definition]);

    public bool TryGet(string name, out Definition definition) => _byName.TryGetValue(name, out definition!);

    /// <summary>A cycle of definitions referring to each other (a -> b -> a), or null when there is none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        foreach (var d in _ordered)
        {
            var cycle = Visit(d.Name, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }
        return null;
    }

    // Depth-first search; state 1 = on the current path, 2 = finished.
    private List<string>? Visit(string name, Dictionary<string, int> state, List<string> path)
    {
        if (state.TryGetValue(name, out var s))
        {
            return s == 1 ? [.. path.Skip(path.IndexOf(name)), name] : null;
        }
        if (!_byName.TryGetValue(name, out var d))
        {
            return null;
        }
        state[name] = 1;
        path.Add(name);
        var locals = d.Parameters.ToHashSet();
        foreach (var reference in FreeSymbols.Names(d.Body, includeFunctions: true).Where(r => !locals.Contains(r)))
        {
            var cycle = Visit(reference, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }
        path.RemoveAt(path.Count - 1);
        state[name] = 2;
        return null;
    }
}
