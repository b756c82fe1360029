namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// Symbolic d/dx. abs, min and max are differentiated through |u|' = u'·u/|u| and
/// min(a,b) = (a + b - |a - b|)/2, max(a,b) = (a + b + |a - b|)/2: exact away from the kinks, NaN on them.
/// Named functions must be inlined first (derivative of an undefined function is a programmer error);
/// sums are differentiated term by term and their bounds must not depend on x. The result is simplified.
/// </summary>
public static class Differentiator
{
    public static Expr Differentiate(Expr expr, string variable) => Simplifier.Simplify(D(expr, variable));

    private static Expr D(Expr e, string x)
    {
        if (!FreeSymbols.Names(e).Contains(x))
        {
            return new Num(0);
        }
        switch (e)
        {
            // dx/dx = 1
            case Sym:
                return new Num(1);
            // (-u)' = -u'
            case Neg n:
                return new Neg(D(n.Operand, x));
            // (u + v)' = u' + v'
            case Add a:
                return new Add(D(a.Left, x), D(a.Right, x));
            // (u - v)' = u' - v'
            case Sub s:
                return new Sub(D(s.Left, x), D(s.Right, x));
            // (u v)' = u' v + u v'
            case Mul m:
                return new Add(new Mul(D(m.Left, x), m.Right), new Mul(m.Left, D(m.Right, x)));
            // (u / v)' = (u' v - u v') / v^2
            case Div d:
                return new Div(new Sub(new Mul(D(d.Left, x), d.Right), new Mul(d.Left, D(d.Right, x))), new Pow(d.Right, new Num(2)));
            // (u^c)' = c u^(c-1) u' for c free of x
            case Pow p when !FreeSymbols.Names(p.Exponent).Contains(x):
                return new Mul(new Mul(p.Exponent, new Pow(p.Base, new Sub(p.Exponent, new Num(1)))), D(p.Base, x));
            // (u^v)' = u^v (v' log u + v u' / u)
            case Pow p:
                return new Mul(p, new Add(new Mul(D(p.Exponent, x), new Call(Builtin.Log, p.Base)),
                    new Div(new Mul(p.Exponent, D(p.Base, x)), p.Base)));
            case Call c:
                return new Mul(Outer(c), D(c.Argument, x));
            // min(a,b)' = (a' + b' - (a - b)'·sign(a - b)) / 2
            case Min m:
                return D(new Div(new Sub(new Add(m.Left, m.Right), new Call(Builtin.Abs, new Sub(m.Left, m.Right))), new Num(2)), x);
            // max(a,b)' = (a' + b' + (a - b)'·sign(a - b)) / 2
            case Max m:
                return D(new Div(new Add(new Add(m.Left, m.Right), new Call(Builtin.Abs, new Sub(m.Left, m.Right))), new Num(2)), x);
            case Apply a:
                throw new NotSupportedException($"cannot differentiate the named function {a.Name}: inline its definition first");
            // (sum_i f_i)' = sum_i f_i'
            case Sum s when s.Index == x:
                return new Num(0);
            case Sum s when FreeSymbols.Names(s.From).Contains(x) || FreeSymbols.Names(s.To).Contains(x):
                throw new NotSupportedException($"cannot differentiate a sum whose bounds depend on {x}");
            case Sum s:
                return new Sum(s.Index, s.From, s.To, D(s.Body, x));
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown node type");
        }
    }

    // f'(u) for the built-in f of c = f(u)
    private static Expr Outer(Call c) => c.Function switch
    {
        // sqrt(u)' = 1 / (2 sqrt(u))
        Builtin.Sqrt => new Div(new Num(1), new Mul(new Num(2), c)),
        // exp(u)' = exp(u)
        Builtin.Exp => c,
        // log(u)' = 1 / u
        Builtin.Log => new Div(new Num(1), c.Argument),
        // |u|' = u / |u|
        Builtin.Abs => new Div(c.Argument, c),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
