using System.Collections.Immutable;

namespace BoundCheck.Bounds.Expressions;

/// <summary>Base^Exponent inside a product.</summary>
internal sealed record Factor(Expr Base, Expr Exponent)
{
    public Rational? NumericExponent => Exponent is Num n ? n.Value : null;
}

/// <summary>Coefficient * product of factors (factors kept in canonical order, bases distinct).</summary>
internal sealed record Term(Rational Coefficient, ImmutableList<Factor> Factors)
{
    public static Term Constant(Rational c) => new(c, []);

    public static Term Of(Expr baseExpr, Expr exponent) => new(1, [new Factor(baseExpr, exponent)]);

    /// <summary>The key under which like terms collect: the printed product without the coefficient.</summary>
    public string Key => string.Join(" * ", Factors.Select(f => $"{ExprPrinter.Print(f.Base)}^({ExprPrinter.Print(f.Exponent)})"));

    public Term Scale(Rational c) => this with { Coefficient = Coefficient * c };
}

/// <summary>Canonical ordering and rebuilding of a sum of terms into an expression.</summary>
internal static class TermBuilder
{
    private static readonly Rational Half = new(1, 2);

    /// <summary>Sorts factors: numeric bases first, then by printed base and exponent.</summary>
    public static ImmutableList<Factor> Order(IEnumerable<Factor> factors) =>
        [.. factors.OrderBy(f => f.Base is Num ? 0 : 1)
            .ThenBy(f => ExprPrinter.Print(f.Base), StringComparer.Ordinal)
            .ThenBy(f => ExprPrinter.Print(f.Exponent), StringComparer.Ordinal)];

    /// <summary>Sorts terms: non-constant terms by key, the constant last.</summary>
    public static List<Term> Order(IEnumerable<Term> terms) =>
        [.. terms.OrderBy(t => t.Factors.IsEmpty ? 1 : 0).ThenBy(t => t.Key, StringComparer.Ordinal)];

    public static Expr Build(IReadOnlyList<Term> terms)
    {
        if (terms.Count == 0)
        {
            return new Num(0);
        }
        var ordered = Order(terms);
        var first = ordered[0];
        Expr acc = first.Factors.IsEmpty ? new Num(first.Coefficient)
            : first.Coefficient.Sign < 0 ? new Neg(BuildTerm(first.Scale(-1))) : BuildTerm(first);
        foreach (var t in ordered.Skip(1))
        {
            acc = t.Coefficient.Sign < 0 ? new Sub(acc, BuildTerm(t.Scale(-1))) : new Add(acc, BuildTerm(t));
        }
        return acc;
    }

    /// <summary>A term with positive coefficient p/q: (p * numerator factors) / (q * denominator factors).</summary>
    public static Expr BuildTerm(Term t)
    {
        var up = new List<Expr>();
        var down = new List<Expr>();
        foreach (var f in t.Factors)
        {
            if (f.NumericExponent is { Sign: < 0 } r)
            {
                down.Add(Render(f.Base, -r));
            }
            else
            {
                up.Add(Render(f.Base, f.Exponent));
            }
        }
        var c = t.Coefficient;
        if (!c.Numerator.IsOne || up.Count == 0)
        {
            up.Insert(0, new Num(c.Numerator));
        }
        if (!c.Denominator.IsOne)
        {
            down.Insert(0, new Num(c.Denominator));
        }
        var numerator = up.Aggregate((a, b) => new Mul(a, b));
        return down.Count == 0 ? numerator : new Div(numerator, down.Aggregate((a, b) => new Mul(a, b)));
    }

    private static Expr Render(Expr b, Rational r) => r == Rational.One ? b
        : r == Half ? new Call(Builtin.Sqrt, b)
        : new Pow(b, new Num(r));

    private static Expr Render(Expr b, Expr exponent) =>
        exponent is Num n ? Render(b, n.Value) : new Pow(b, exponent);
}
