using System.Collections.Immutable;

namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// Rewrites to a canonical sum of terms coefficient * prod base^exponent: flattens, folds constants exactly,
/// collects like terms and powers, orders terms and factors. Symbols are taken to be positive reals (the domain
/// of every bound here), which licenses x^a * x^b = x^(a+b) and (x^a)^b = x^(ab); for bases not known to be
/// positive these are applied only with integer exponents. Products of two sums are kept as factors, not expanded;
/// numeric constants are distributed over sums.
/// </summary>
public static class Simplifier
{
    public static Expr Simplify(Expr expr) => TermBuilder.Build(Normalize(expr));

    /// <summary>The canonical terms of an expression (used by growth analysis to separate factors).</summary>
    internal static List<Term> Normalize(Expr expr) => expr switch
    {
        // 0 = empty sum
        Num { Value.IsZero: true } => [],
        Num n => [Term.Constant(n.Value)],
        Sym s => [Term.Of(s, new Num(1))],
        // -a = (-1) * a
        Neg n => Scale(Normalize(n.Operand), -1),
        // a + b: collect like terms, 2x + 3x = 5x
        Add a => Collect([.. Normalize(a.Left), .. Normalize(a.Right)]),
        // a - b = a + (-1) b
        Sub s => Collect([.. Normalize(s.Left), .. Scale(Normalize(s.Right), -1)]),
        // a * b: x * x^2 = x^3, 0 * x = 0
        Mul m => Multiply(Normalize(m.Left), Normalize(m.Right)),
        // a / b = a * b^(-1)
        Div d => Multiply(Normalize(d.Left), Power(Normalize(d.Right), new Num(-1))),
        Pow p => Power(Normalize(p.Base), Simplify(p.Exponent)),
        // sqrt(x) = x^(1/2)
        Call { Function: Builtin.Sqrt } c => Power(Normalize(c.Argument), new Num(new Rational(1, 2))),
        Call c => Function(c.Function, Simplify(c.Argument)),
        Min m => MinMax(Simplify(m.Left), Simplify(m.Right), isMin: true),
        Max m => MinMax(Simplify(m.Left), Simplify(m.Right), isMin: false),
        Apply a => Opaque(new Apply(a.Name, a.Arguments.Map(Simplify))),
        Sum s => SumOf(s.Index, Simplify(s.From), Simplify(s.To), Simplify(s.Body)),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };

    private static List<Term> Opaque(Expr e) => [Term.Of(e, new Num(1))];

    private static List<Term> Scale(List<Term> terms, Rational c) =>
        c.IsZero ? [] : [.. terms.Select(t => t.Scale(c))];

    private static List<Term> Collect(IEnumerable<Term> terms) =>
        [.. terms.GroupBy(t => t.Key, StringComparer.Ordinal)
            .Select(g => g.First() with { Coefficient = g.Aggregate(Rational.Zero, (acc, t) => acc + t.Coefficient) })
            .Where(t => !t.Coefficient.IsZero)];

    private static List<Term> Multiply(List<Term> a, List<Term> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return [];
        }
        if (a.Count == 1 && b.Count == 1)
        {
            return [.. Fold(MultiplyTerms(a[0], b[0]))];
        }
        // c * (x + y) = c x + c y for a numeric c
        if (a is [{ Factors.IsEmpty: true } ca])
        {
            return Scale(b, ca.Coefficient);
        }
        if (b is [{ Factors.IsEmpty: true } cb])
        {
            return Scale(a, cb.Coefficient);
        }
        return Multiply(AsSingleTerm(a), AsSingleTerm(b));
    }

    // x + y as one term: content * (monic sum)^1, e.g. 2x + 2y = 2 * (x + y)
    private static List<Term> AsSingleTerm(List<Term> terms)
    {
        if (terms.Count == 1)
        {
            return terms;
        }
        var content = TermBuilder.Order(terms)[0].Coefficient;
        var monic = TermBuilder.Build(Scale(terms, Rational.One / content));
        return [new Term(content, [new Factor(monic, new Num(1))])];
    }

    private static Term MultiplyTerms(Term a, Term b)
    {
        var factors = a.Factors.ToList();
        foreach (var f in b.Factors)
        {
            var i = factors.FindIndex(g => g.Base.Equals(f.Base) && CanMerge(g, f));
            if (i < 0)
            {
                factors.Add(f);
            }
            else
            {
                // x^a * x^b = x^(a+b)
                factors[i] = new Factor(f.Base, AddExponents(factors[i].Exponent, f.Exponent));
            }
        }
        return new Term(a.Coefficient * b.Coefficient, TermBuilder.Order(factors));
    }

    private static bool CanMerge(Factor f, Factor g) =>
        Positivity.IsPositive(f.Base) || (f.NumericExponent is { IsInteger: true } && g.NumericExponent is { IsInteger: true });

    private static Expr AddExponents(Expr a, Expr b) =>
        a is Num x && b is Num y ? new Num(x.Value + y.Value) : Simplify(new Add(a, b));

    private static Expr MultiplyExponents(Expr a, Expr b) =>
        a is Num x && b is Num y ? new Num(x.Value * y.Value) : Simplify(new Mul(a, b));

    // Drops x^0 and 1^a; folds exact numeric powers into the coefficient (4^(1/2) = 2, 2^(1/2) stays).
    private static IEnumerable<Term> Fold(Term t)
    {
        var coefficient = t.Coefficient;
        var kept = new List<Factor>();
        var radicals = new Dictionary<Rational, Rational>();
        foreach (var f in t.Factors)
        {
            if (f.Exponent is Num { Value.IsZero: true } || f.Base is Num { Value: var one } && one == Rational.One)
            {
                continue;
            }
            if (f.Base is Num { Value.Sign: > 0 } b && f.NumericExponent is { } r)
            {
                // b^r = b^floor(r) * b^(r - floor(r)), and b^f * c^f = (b c)^f for positive b, c
                var whole = Floor(r);
                coefficient *= b.Value.Pow(whole);
                var fraction = r - whole;
                if (!fraction.IsZero)
                {
                    radicals[fraction] = radicals.TryGetValue(fraction, out var acc) ? acc * b.Value : b.Value;
                }
                continue;
            }
            kept.Add(f);
        }
        foreach (var (fraction, radicand) in radicals)
        {
            if (radicand.TryPow(fraction) is { } exact)
            {
                coefficient *= exact;
            }
            else if (radicand != Rational.One)
            {
                kept.Add(new Factor(new Num(radicand), new Num(fraction)));
            }
        }
        return coefficient.IsZero ? [] : [new Term(coefficient, TermBuilder.Order(kept))];
    }

    private static int Floor(Rational r) =>
        (int)System.Numerics.BigInteger.Divide(r.Numerator - (r.Sign < 0 ? r.Denominator - 1 : 0), r.Denominator);

    private static List<Term> Power(List<Term> terms, Expr exponent)
    {
        switch (exponent)
        {
            // x^0 = 1
            case Num { Value.IsZero: true }:
                return [Term.Constant(1)];
            // x^1 = x
            case Num { Value: var one } when one == Rational.One:
                return terms;
            // 0^a = 0 for a > 0
            case Num { Value.Sign: > 0 } when terms.Count == 0:
                return [];
        }
        if (terms.Count == 0)
        {
            return Opaque(new Pow(new Num(0), exponent));
        }
        var term = AsSingleTerm(terms)[0];
        var integer = exponent is Num { Value.IsInteger: true };
        var positive = term.Coefficient.Sign > 0 && term.Factors.All(f => Positivity.IsPositive(f.Base));
        if (!integer && !positive)
        {
            return [Term.Of(TermBuilder.Build(terms), exponent)];
        }
        // (c prod b_i^e_i)^a = c^a prod b_i^(e_i a)
        var factors = term.Factors.Select(f => new Factor(f.Base, MultiplyExponents(f.Exponent, exponent))).ToList();
        var coefficient = Rational.One;
        if (exponent is Num n && term.Coefficient.TryPow(n.Value) is { } exact)
        {
            coefficient = exact;
        }
        else if (term.Coefficient != Rational.One)
        {
            factors.Add(new Factor(new Num(term.Coefficient), exponent));
        }
        return [.. Fold(new Term(coefficient, TermBuilder.Order(factors)))];
    }

    private static List<Term> Function(Builtin function, Expr arg) => (function, arg) switch
    {
        // exp(0) = 1
        (Builtin.Exp, Num { Value.IsZero: true }) => [Term.Constant(1)],
        // exp(log(x)) = x
        (Builtin.Exp, Call { Function: Builtin.Log } log) => Normalize(log.Argument),
        // log(1) = 0
        (Builtin.Log, Num { Value: var v }) when v == Rational.One => [],
        // log(exp(x)) = x
        (Builtin.Log, Call { Function: Builtin.Exp } exp) => Normalize(exp.Argument),
        // |c| for a number c
        (Builtin.Abs, Num n) => Normalize(new Num(n.Value.Abs())),
        // ||x|| = |x|
        (Builtin.Abs, Call { Function: Builtin.Abs }) => Normalize(arg),
        // |exp(x)| = exp(x), |sqrt(x)| = sqrt(x)
        (Builtin.Abs, Call { Function: Builtin.Exp or Builtin.Sqrt }) => Normalize(arg),
        _ => Opaque(new Call(function, arg)),
    };

    private static List<Term> MinMax(Expr left, Expr right, bool isMin)
    {
        // min(a, b) and max(a, b) of numbers fold; min(a, a) = max(a, a) = a
        if (left is Num a && right is Num b)
        {
            return Normalize(new Num(isMin ? Rational.Min(a.Value, b.Value) : Rational.Max(a.Value, b.Value)));
        }
        if (left.Equals(right))
        {
            return Normalize(left);
        }
        // min and max are commutative: order operands canonically
        if (string.CompareOrdinal(ExprPrinter.Print(left), ExprPrinter.Print(right)) > 0)
        {
            (left, right) = (right, left);
        }
        return Opaque(isMin ? new Min(left, right) : new Max(left, right));
    }

    private static List<Term> SumOf(string index, Expr from, Expr to, Expr body)
    {
        // sum over an empty integer range = 0
        if (from is Num f && to is Num t && t.Value < f.Value)
        {
            return [];
        }
        // sum(i = a..b, c) = (b - a + 1) c when c does not depend on i (b >= a - 1)
        if (!FreeSymbols.Names(body).Contains(index))
        {
            return Multiply(Normalize(new Add(new Sub(to, from), new Num(1))), Normalize(body));
        }
        return Opaque(new Sum(index, from, to, body));
    }
}
