namespace BoundCheck.Bounds.Expressions;

/// <summary>The names an expression refers to, excluding sum indices bound inside it.</summary>
public static class FreeSymbols
{
    /// <summary>Free symbol names in first-occurrence order; with includeFunctions also applied function names.</summary>
    public static IReadOnlyList<string> Names(Expr expr, bool includeFunctions = false)
    {
        var names = new List<string>();
        Collect(expr, includeFunctions, [], names);
        return names;
    }

    /// <summary>True when <paramref name="expr"/> refers to <paramref name="name"/>, directly or through definitions.</summary>
    public static bool DependsOn(Expr expr, string name, Definitions definitions)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<Expr>([expr]);
        while (pending.Count > 0)
        {
            foreach (var n in Names(pending.Pop(), includeFunctions: true))
            {
                if (n == name)
                {
                    return true;
                }
                if (seen.Add(n) && definitions.TryGet(n, out var d))
                {
                    pending.Push(d.Parameters.Count == 0 ? d.Body : Substitution.Replace(d.Body, d.Parameters.ToDictionary(p => p, p => (Expr)new Num(0))));
                }
            }
        }
        return false;
    }

    private static void Collect(Expr expr, bool functions, HashSet<string> bound, List<string> names)
    {
        switch (expr)
        {
            case Num:
                break;
            case Sym s:
                if (!bound.Contains(s.Name) && !names.Contains(s.Name)) names.Add(s.Name);
                break;
            case Neg n:
                Collect(n.Operand, functions, bound, names);
                break;
            case Add or Sub or Mul or Div or Pow or Min or Max:
                foreach (var child in Children(expr)) Collect(child, functions, bound, names);
                break;
            case Call c:
                Collect(c.Argument, functions, bound, names);
                break;
            case Apply a:
                if (functions && !names.Contains(a.Name)) names.Add(a.Name);
                foreach (var arg in a.Arguments) Collect(arg, functions, bound, names);
                break;
            case Sum s:
                Collect(s.From, functions, bound, names);
                Collect(s.To, functions, bound, names);
                var inner = new HashSet<string>(bound) { s.Index };
                Collect(s.Body, functions, inner, names);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type");
        }
    }

    internal static Expr[] Children(Expr expr) => expr switch
    {
        Add a => [a.Left, a.Right],
        Sub s => [s.Left, s.Right],
        Mul m => [m.Left, m.Right],
        Div d => [d.Left, d.Right],
        Pow p => [p.Base, p.Exponent],
        Min m => [m.Left, m.Right],
        Max m => [m.Left, m.Right],
        _ => [],
    };
}
