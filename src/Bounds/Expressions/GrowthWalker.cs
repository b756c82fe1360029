using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Expressions;

/// <summary>The structural recursion of growth analysis over a simplified expression.</summary>
internal sealed class GrowthWalker(GrowthAlgebra algebra)
{
    private const string UnspecifiedPolynomial = "poly";

    public Growth Walk(Expr e, string v)
    {
        if (!FreeSymbols.Names(e).Contains(v))
        {
            return Power.Constant;
        }
        return e switch
        {
            Sym => new Power(1, 0),
            Neg n => Walk(n.Operand, v),
            // |a ± b| <= |a| + |b|: the larger growth
            Add a => algebra.Max(Walk(a.Left, v), Walk(a.Right, v)),
            Sub s => algebra.Max(Walk(s.Left, v), Walk(s.Right, v)),
            Mul m => algebra.Times(Walk(m.Left, v), Walk(m.Right, v)),
            Div d => algebra.Times(Walk(d.Left, v), algebra.Inverse(Walk(d.Right, v))),
            Pow p => PowerOf(p, v),
            Call { Function: Builtin.Sqrt } c => algebra.Scale(Walk(c.Argument, v), new Rational(1, 2)),
            Call { Function: Builtin.Abs } c => Walk(c.Argument, v),
            Call { Function: Builtin.Log } c => algebra.Log(Walk(c.Argument, v)),
            Call c => ExpOf(c.Argument, v),
            Min m => algebra.Min(Walk(m.Left, v), Walk(m.Right, v)),
            Max m => algebra.Max(Walk(m.Left, v), Walk(m.Right, v)),
            Apply { Name: UnspecifiedPolynomial } => new Polynomial(),
            Apply a => new Unknown($"unknown function {a.Name}"),
            Sum s => SumOf(s, v),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown node type"),
        };
    }

    private Growth PowerOf(Pow p, string v)
    {
        var baseDepends = FreeSymbols.Names(p.Base).Contains(v);
        var exponentDepends = FreeSymbols.Names(p.Exponent).Contains(v);
        if (!exponentDepends)
        {
            var g = Walk(p.Base, v);
            // b^r scales exponents; a bounded base to a fixed symbolic power stays bounded
            return Simplifier.Simplify(p.Exponent) is Num r ? algebra.Scale(g, r.Value)
                : g == Power.Constant ? g
                : new Unknown($"the exponent {ExprPrinter.Print(p.Exponent)} is not a number");
        }
        if (baseDepends)
        {
            return new Unknown($"both base and exponent of {ExprPrinter.Print(p)} grow with {v}");
        }
        // b^(k v + c) = (b^k)^v * b^c
        var slope = LinearSlope(p.Exponent, v);
        return slope is null
            ? new Unknown($"the exponent {ExprPrinter.Print(p.Exponent)} is not linear in {v}")
            : algebra.ExponentialOf(new Pow(p.Base, slope), Power.Constant);
    }

    private Growth ExpOf(Expr argument, string v)
    {
        // exp(k v + c) = (e^k)^v * e^c
        var slope = LinearSlope(argument, v);
        if (slope is not null)
        {
            return algebra.ExponentialOf(new Call(Builtin.Exp, slope), Power.Constant);
        }
        return Walk(argument, v) switch
        {
            Power { Exponent.Sign: < 0 } => Power.Constant,
            Power { Exponent.IsZero: true, LogExponent.IsZero: true } => Power.Constant,
            Unknown u => u,
            var g => new Unknown($"exp of an argument growing like {g.Describe(v)} (super-exponential or not a power law)"),
        };
    }

    // k when e = k v + c with k, c free of v; null otherwise.
    private static Expr? LinearSlope(Expr e, string v)
    {
        var slope = Differentiator.Differentiate(e, v);
        return FreeSymbols.Names(slope).Contains(v) ? null : slope;
    }

    private Growth SumOf(Sum s, string v)
    {
        if (s.Index == v)
        {
            var fresh = v + "_index";
            return SumOf(new Sum(fresh, s.From, s.To, Substitution.Replace(s.Body, s.Index, new Sym(fresh))), v);
        }
        var toDepends = FreeSymbols.Names(s.To).Contains(v);
        if (FreeSymbols.Names(s.From).Contains(v))
        {
            return new Unknown($"the lower bound of the sum over {s.Index} grows with {v}");
        }
        if (!toDepends)
        {
            // finitely many terms: the largest (expanded when the bounds are small integers)
            if (Simplifier.Simplify(s.From) is Num { Value.IsInteger: true } lo && Simplifier.Simplify(s.To) is Num { Value.IsInteger: true } hi
                && hi.Value - lo.Value < 64)
            {
                Growth largest = Power.Constant;
                for (var i = lo.Value; i <= hi.Value; i += 1)
                {
                    largest = algebra.Max(largest, Walk(Simplifier.Simplify(Substitution.Replace(s.Body, s.Index, new Num(i))), v));
                }
                return largest;
            }
            return Walk(s.Body, v);
        }
        var slope = LinearSlope(s.To, v);
        if (slope is not Num { Value.Sign: > 0 } k)
        {
            return new Unknown($"the upper bound {ExprPrinter.Print(s.To)} of the sum is not k {v} + c");
        }
        Growth total = Power.Constant;
        foreach (var term in Simplifier.Normalize(s.Body))
        {
            var parts = SumSeparation.Split(term, s.Index, v);
            if (parts is null)
            {
                return new Unknown($"the sum body {ExprPrinter.Print(s.Body)} does not separate into a factor in {v} times a factor in {s.Index}");
            }
            var inIndex = SumOverIndex(Walk(parts.Value.IndexPart, s.Index), k.Value);
            total = algebra.Max(total, algebra.Times(Walk(parts.Value.VariablePart, v), inIndex));
        }
        return total;
    }

    // sum_{i <= k v} of a term growing like g(i)
    private Growth SumOverIndex(Growth g, Rational k) => g switch
    {
        // sum i^a (log i)^b ~ v^(a+1) (log v)^b for a > -1
        Power p when p.Exponent > -1 => new Power(p.Exponent + 1, p.LogExponent),
        // sum (log i)^b / i ~ (log v)^(b+1) for b > -1
        Power p when p.Exponent == -1 && p.LogExponent > -1 => new Power(0, p.LogExponent + 1),
        Power p when p.Exponent == -1 && p.LogExponent == -1 => new Unknown("sum of 1/(i log i) grows like log log"),
        // a convergent series
        Power => Power.Constant,
        // sum c^i f(i): bounded for c < 1, at most sum f(i) for c <= 1, at most c^(k v) sum f(i) for c >= 1, ~ c^(k v) f(v) for c > 1
        Exponential e when algebra.IsDecaying(e) => Power.Constant,
        Exponential e when algebra.Relation(e) == VersusOne.AtMost => SumOverIndex(e.Factor, k),
        Exponential e when algebra.Relation(e) == VersusOne.AtLeast =>
            algebra.Times(algebra.ExponentialOf(new Pow(e.Base, new Num(k)), Power.Constant), SumOverIndex(e.Factor, k)),
        Exponential e => algebra.Times(algebra.ExponentialOf(new Pow(e.Base, new Num(k)), Power.Constant), e.Factor),
        _ => g,
    };
}
