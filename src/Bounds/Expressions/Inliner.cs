namespace BoundCheck.Bounds.Expressions;

/// <summary>Expands definitions into an expression: gamma -> its body, h(l - 1) -> body[l := l - 1].</summary>
public static class Inliner
{
    /// <summary>
    /// Inlines every definition (or only those <paramref name="select"/> accepts) until none is left.
    /// Throws InvalidOperationException on a definition cycle or a wrong argument count (check FindCycle first for users).
    /// </summary>
    public static Expr Inline(Expr expr, Definitions definitions, Func<Definition, bool>? select = null)
    {
        var cycle = definitions.FindCycle();
        if (cycle is not null)
        {
            throw new InvalidOperationException($"definition cycle: {string.Join(" -> ", cycle)}");
        }
        return Expand(expr, definitions, select ?? (_ => true));
    }

    private static Expr Expand(Expr expr, Definitions defs, Func<Definition, bool> select)
    {
        switch (expr)
        {
            case Sym s when defs.TryGet(s.Name, out var d) && d.Parameters.Count == 0 && select(d):
                return Expand(d.Body, defs, select);
            case Apply a when defs.TryGet(a.Name, out var d) && select(d):
                if (d.Parameters.Count != a.Arguments.Count)
                {
                    throw new InvalidOperationException(
                        $"{a.Name} takes {d.Parameters.Count} argument(s) but was given {a.Arguments.Count}");
                }
                var args = a.Arguments.Select(x => Expand(x, defs, select)).ToArray();
                var map = d.Parameters.Select((p, i) => (p, args[i])).ToDictionary(t => t.p, t => t.Item2);
                return Substitution.Replace(Expand(d.Body, defs, select), map);
            case Sum s:
                // Definitions named like the index are shadowed inside the body.
                var inner = select;
                Func<Definition, bool> shadowed = x => x.Name != s.Index && inner(x);
                return new Sum(s.Index, Expand(s.From, defs, select), Expand(s.To, defs, select), Expand(s.Body, defs, shadowed));
            default:
                return ExprMap.Children(expr, x => Expand(x, defs, select));
        }
    }
}
