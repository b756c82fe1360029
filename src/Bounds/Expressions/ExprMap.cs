namespace BoundCheck.Bounds.Expressions;

/// <summary>Rebuilds a node with each direct child mapped; returns the node itself when nothing changed.</summary>
internal static class ExprMap
{
    public static Expr Children(Expr expr, Func<Expr, Expr> f) => expr switch
    {
        Num or Sym => expr,
        Neg n => f(n.Operand) is var operand && !Same(operand, n.Operand) ? new Neg(operand) : n,
        Add a => Two(a, a.Left, a.Right, f, (l, r) => new Add(l, r)),
        Sub s => Two(s, s.Left, s.Right, f, (l, r) => new Sub(l, r)),
        Mul m => Two(m, m.Left, m.Right, f, (l, r) => new Mul(l, r)),
        Div d => Two(d, d.Left, d.Right, f, (l, r) => new Div(l, r)),
        Pow p => Two(p, p.Base, p.Exponent, f, (l, r) => new Pow(l, r)),
        Call c => f(c.Argument) is var arg && !Same(arg, c.Argument) ? new Call(c.Function, arg) : c,
        Min m => Two(m, m.Left, m.Right, f, (l, r) => new Min(l, r)),
        Max m => Two(m, m.Left, m.Right, f, (l, r) => new Max(l, r)),
        Apply a => a.Arguments.Map(f) is var args && !ReferenceEquals(args, a.Arguments) ? new Apply(a.Name, args) : a,
        Sum s => Sum(s, f),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };

    private static Expr Sum(Sum s, Func<Expr, Expr> f)
    {
        var (from, to, body) = (f(s.From), f(s.To), f(s.Body));
        return Same(from, s.From) && Same(to, s.To) && Same(body, s.Body) ? s : new Sum(s.Index, from, to, body);
    }

    private static bool Same(Expr a, Expr b) => ReferenceEquals(a, b);

    private static Expr Two(Expr original, Expr left, Expr right, Func<Expr, Expr> f, Func<Expr, Expr, Expr> make)
    {
        var (l, r) = (f(left), f(right));
        return Same(l, left) && Same(r, right) ? original : make(l, r);
    }
}
