using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Expressions;

/// <summary>Products, maxima, powers and logarithms of growths; exponential bases are classified against 1 on demand.</summary>
internal sealed class GrowthAlgebra(BaseComparison comparison)
{
    /// <summary>Thrown when a base's relation to 1 depends on a symbol with no fact: the analysis splits on it.</summary>
    internal sealed class CaseSplit(Sym root) : Exception($"case split on {root.Name}")
    {
        public Sym Root { get; } = root;
    }

    /// <summary>base^v * factor, reduced to factor when base = 1 (a base &lt;= 1 is kept so that it can cancel).</summary>
    public Growth ExponentialOf(Expr baseExpr, Growth factor)
    {
        var b = Simplifier.Simplify(baseExpr);
        var (relation, root) = comparison.Compare(b);
        return relation switch
        {
            VersusOne.Equal => factor,
            VersusOne.Unknown when root is not null => throw new CaseSplit(root),
            VersusOne.Unknown => new Unknown($"cannot tell whether the base {ExprPrinter.Print(b)} exceeds 1"),
            _ => new Exponential(b, factor),
        };
    }

    public bool IsDecaying(Exponential e) => Relation(e) == VersusOne.Less;

    public VersusOne Relation(Exponential e) => comparison.Compare(e.Base).Relation;

    /// <summary>An upper order without exponentials of base &lt;= 1: c^v f(v) &lt;= f(v) for c &lt;= 1.</summary>
    public Growth Bounded(Growth g) => g switch
    {
        Exponential e when IsDecaying(e) => Power.Constant,
        Exponential e when Relation(e) == VersusOne.AtMost => e.Factor,
        _ => g,
    };

    // v^a log^b * v^c log^d = v^(a+c) log^(b+d); exponentials multiply bases.
    public Growth Times(Growth a, Growth b) => (a, b) switch
    {
        (Unknown, _) => a,
        (_, Unknown) => b,
        (Power p, Power q) => new Power(p.Exponent + q.Exponent, p.LogExponent + q.LogExponent),
        (Exponential e, Exponential f) => ExponentialOf(new Mul(e.Base, f.Base), Times(e.Factor, f.Factor)),
        (Exponential e, _) => new Exponential(e.Base, Times(e.Factor, b)),
        (_, Exponential f) => new Exponential(f.Base, Times(a, f.Factor)),
        _ => new Polynomial(),
    };

    // 1 / (v^a log^b) = v^(-a) log^(-b); 1 / base^v = (1/base)^v
    public Growth Inverse(Growth g) => g switch
    {
        Power p => new Power(-p.Exponent, -p.LogExponent),
        Exponential e => Times(ExponentialOf(new Div(new Num(1), e.Base), Power.Constant), Inverse(e.Factor)),
        Polynomial => new Unknown("the reciprocal of an unspecified polynomial"),
        _ => g,
    };

    // g^r for a rational r
    public Growth Scale(Growth g, Rational r)
    {
        if (r.IsZero)
        {
            return Power.Constant;
        }
        if (r.Sign < 0)
        {
            return Inverse(Scale(g, -r));
        }
        return g switch
        {
            Power p => new Power(p.Exponent * r, p.LogExponent * r),
            Exponential e => Times(ExponentialOf(new Pow(e.Base, new Num(r)), Power.Constant), Scale(e.Factor, r)),
            _ => g,
        };
    }

    /// <summary>The larger growth (sums of positive terms); Unknown when incomparable.</summary>
    public Growth Max(Growth a, Growth b) => Order(a, b) switch
    {
        null => new Unknown($"cannot compare {a.Describe("v")} with {b.Describe("v")}"),
        >= 0 => a is Exponential ea && b is Exponential eb && Simplifier.Simplify(new Div(ea.Base, eb.Base)) is Num { Value: var one } && one == Rational.One
            ? ea with { Factor = Max(ea.Factor, eb.Factor) } : a,
        _ => b,
    };

    /// <summary>The smaller growth; Unknown when incomparable.</summary>
    public Growth Min(Growth a, Growth b) => Order(a, b) switch
    {
        null => new Unknown($"cannot compare {a.Describe("v")} with {b.Describe("v")}"),
        >= 0 => b,
        _ => a,
    };

    // log(v^a (log v)^b) ~ log v for a != 0; log(base^v) ~ v
    public Growth Log(Growth g) => g switch
    {
        Power { Exponent.IsZero: false } or Polynomial => new Power(0, 1),
        Power { LogExponent.IsZero: true } => Power.Constant,
        Power => new Unknown("log of a logarithm (log log v)"),
        Exponential => new Power(1, 0),
        _ => g,
    };

    // Sign of a - b as orders: decaying exponentials < powers (lexicographic in (a, b)) < polynomial < growing exponentials.
    private int? Order(Growth a, Growth b)
    {
        switch (a, b)
        {
            case (Unknown, _) or (_, Unknown):
                return null;
            case (Power p, Power q):
                var c = p.Exponent.CompareTo(q.Exponent);
                return c != 0 ? c : p.LogExponent.CompareTo(q.LogExponent);
            case (Polynomial, Polynomial):
                return 0;
            case (Exponential e, Exponential f):
                var (ratio, _) = comparison.Compare(Simplifier.Simplify(new Div(e.Base, f.Base)));
                return ratio switch
                {
                    VersusOne.Equal => Order(e.Factor, f.Factor),
                    VersusOne.Greater or VersusOne.AtLeast => 1,
                    VersusOne.Less or VersusOne.AtMost => -1,
                    _ => IsDecaying(e) && IsDecaying(f) ? 0 : null,
                };
            case (Exponential e, _) when Relation(e) == VersusOne.AtMost:
                return Order(e.Factor, b);
            case (_, Exponential f) when Relation(f) == VersusOne.AtMost:
                return Order(a, f.Factor);
            case (Exponential e, _):
                return IsDecaying(e) ? -1 : 1;
            case (_, Exponential f):
                return IsDecaying(f) ? 1 : -1;
            case (Polynomial, _):
                return 1;
            default:
                return -1;
        }
    }
}
