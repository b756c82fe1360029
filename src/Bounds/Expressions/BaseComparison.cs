namespace BoundCheck.Bounds.Expressions;

/// <summary>How an exponential base compares with 1.</summary>
internal enum VersusOne
{
    Less,
    AtMost,
    Equal,
    AtLeast,
    Greater,
    Unknown,
}

/// <summary>Decides Base vs 1 from numbers, powers, products and the stated facts (also through definitions).</summary>
internal sealed class BaseComparison(GrowthAssumptions assumptions, Definitions definitions)
{
    /// <summary>The relation and, when unknown because of one symbol with no fact, that symbol.</summary>
    public (VersusOne Relation, Sym? Root) Compare(Expr baseExpr)
    {
        var fromFacts = FromFacts(baseExpr);
        if (fromFacts != VersusOne.Unknown)
        {
            return (fromFacts, null);
        }
        switch (baseExpr)
        {
            case Num n:
                return (FromSign(n.Value.CompareTo(Rational.One)), null);
            // b^r vs 1: as b for r > 0, flipped for r < 0
            case Pow { Exponent: Num r } p:
                var (inner, root) = Compare(p.Base);
                return (r.Value.Sign > 0 ? inner : r.Value.IsZero ? VersusOne.Equal : Flip(inner), root);
            case Call { Function: Builtin.Sqrt } c:
                return Compare(c.Argument);
            case Call { Function: Builtin.Exp, Argument: var k }:
                return (k is Num kn ? FromSign(kn.Value.Sign) : Positivity.IsPositive(k) ? VersusOne.Greater : VersusOne.Unknown, null);
            case Mul m:
                return Combine(Compare(m.Left), Compare(m.Right));
            case Div d:
                var (dr, droot) = Compare(d.Right);
                return Combine(Compare(d.Left), (Flip(dr), droot));
            case Sym s:
                return (VersusOne.Unknown, s);
            default:
                return (VersusOne.Unknown, null);
        }
    }

    private VersusOne FromFacts(Expr baseExpr)
    {
        var canonical = Canonical(baseExpr);
        foreach (var fact in assumptions.Facts)
        {
            if (!Canonical(fact.Subject).Equals(canonical))
            {
                continue;
            }
            var c = fact.Value.CompareTo(Rational.One);
            var relation = (fact.Relation, c) switch
            {
                (FactRelation.Equal, _) => FromSign(c),
                (FactRelation.Less, <= 0) or (FactRelation.LessOrEqual, < 0) => VersusOne.Less,
                (FactRelation.LessOrEqual, 0) => VersusOne.AtMost,
                (FactRelation.Greater, >= 0) or (FactRelation.GreaterOrEqual, > 0) => VersusOne.Greater,
                (FactRelation.GreaterOrEqual, 0) => VersusOne.AtLeast,
                _ => VersusOne.Unknown,
            };
            if (relation != VersusOne.Unknown)
            {
                return relation;
            }
        }
        return VersusOne.Unknown;
    }

    // A fact on gamma applies to a base written as its definition, sigma1 + rho/sqrt(m), and vice versa.
    private Expr Canonical(Expr e)
    {
        try
        {
            return Simplifier.Simplify(Inliner.Inline(e, definitions));
        }
        catch (InvalidOperationException)
        {
            return Simplifier.Simplify(e);
        }
    }

    private static VersusOne FromSign(int sign) => sign < 0 ? VersusOne.Less : sign > 0 ? VersusOne.Greater : VersusOne.Equal;

    private static VersusOne Flip(VersusOne r) => r switch
    {
        VersusOne.Less => VersusOne.Greater,
        VersusOne.AtMost => VersusOne.AtLeast,
        VersusOne.AtLeast => VersusOne.AtMost,
        VersusOne.Greater => VersusOne.Less,
        _ => r,
    };

    // a * b vs 1 from a vs 1 and b vs 1
    private static (VersusOne, Sym?) Combine((VersusOne Relation, Sym? Root) a, (VersusOne Relation, Sym? Root) b)
    {
        static bool Up(VersusOne r) => r is VersusOne.Greater or VersusOne.AtLeast or VersusOne.Equal;
        static bool Down(VersusOne r) => r is VersusOne.Less or VersusOne.AtMost or VersusOne.Equal;
        var (x, y) = (a.Relation, b.Relation);
        if (x == VersusOne.Equal) return b;
        if (y == VersusOne.Equal) return a;
        if (Up(x) && Up(y)) return (x == VersusOne.Greater || y == VersusOne.Greater ? VersusOne.Greater : VersusOne.AtLeast, null);
        if (Down(x) && Down(y)) return (x == VersusOne.Less || y == VersusOne.Less ? VersusOne.Less : VersusOne.AtMost, null);
        return (VersusOne.Unknown, x == VersusOne.Unknown ? a.Root : y == VersusOne.Unknown ? b.Root : null);
    }
}
