using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>The names an expression refers to: free symbols and applied functions.</summary>
public static class ExprSymbols
{
    /// <summary>Free symbol names, in order of first appearance (sum indices are bound, not free).</summary>
    public static IReadOnlyList<string> Names(Expr expr)
    {
        var names = new List<string>();
        Walk(expr, [], (name, _) => names.Add(name), (_, _) => { });
        return names.Distinct().ToList();
    }

    /// <summary>Applied (non-builtin) functions with their argument counts.</summary>
    public static IReadOnlyList<(string Name, int Arity)> Calls(Expr expr)
    {
        var calls = new List<(string, int)>();
        Walk(expr, [], (_, _) => { }, (name, arity) => calls.Add((name, arity)));
        return calls.Distinct().ToList();
    }

    private static void Walk(Expr e, HashSet<string> bound, Action<string, bool> symbol, Action<string, int> call)
    {
        switch (e)
        {
            case Num:
                break;
            case Sym s:
                if (!bound.Contains(s.Name))
                {
                    symbol(s.Name, false);
                }
                break;
            case Neg n:
                Walk(n.Operand, bound, symbol, call);
                break;
            case Add a: Both(a.Left, a.Right); break;
            case Sub s: Both(s.Left, s.Right); break;
            case Mul m: Both(m.Left, m.Right); break;
            case Div d: Both(d.Left, d.Right); break;
            case Pow p: Both(p.Base, p.Exponent); break;
            case Min m: Both(m.Left, m.Right); break;
            case Max m: Both(m.Left, m.Right); break;
            case Call c:
                Walk(c.Argument, bound, symbol, call);
                break;
            case Apply a:
                call(a.Name, a.Arguments.Count);
                foreach (var arg in a.Arguments)
                {
                    Walk(arg, bound, symbol, call);
                }
                break;
            case Sum s:
                Both(s.From, s.To);
                Walk(s.Body, [.. bound, s.Index], symbol, call);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name);
        }

        void Both(Expr left, Expr right)
        {
            Walk(left, bound, symbol, call);
            Walk(right, bound, symbol, call);
        }
    }
}
