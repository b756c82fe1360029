using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Expressions;

/// <summary>Whether an explicit bound's growth is compatible with a stated O(.) form.</summary>
public enum GrowthVerdict
{
    Consistent,
    Inconsistent,
    NotDerivable,
}

/// <summary>A verdict with a human message.</summary>
public sealed record GrowthComparisonResult(GrowthVerdict Verdict, string Message);

/// <summary>An explicit bound growing slower than or as fast as the stated O(.) form is consistent with it; faster is not.</summary>
public static class GrowthComparison
{
    public static GrowthComparisonResult Compare(Growth explicitBound, Growth stated)
    {
        // Conditional exponentials: both regimes must agree.
        if (explicitBound is Exponential { IfBaseAtMostOne: { } below } e)
        {
            var above = Compare(e with { IfBaseAtMostOne = null }, stated is Exponential { IfBaseAtMostOne: not null } s ? s with { IfBaseAtMostOne = null } : stated);
            var under = Compare(below, stated is Exponential { IfBaseAtMostOne: { } sb } ? sb : stated);
            return above.Verdict == under.Verdict
                ? new(above.Verdict, $"if {ExprPrinter.Print(e.Base)} > 1: {above.Message}; otherwise: {under.Message}")
                : new(GrowthVerdict.NotDerivable, $"depends on whether {ExprPrinter.Print(e.Base)} > 1: {above.Message}; otherwise: {under.Message}");
        }
        if (stated is Exponential { IfBaseAtMostOne: { } statedBelow } se)
        {
            var withExp = Compare(explicitBound, se with { IfBaseAtMostOne = null });
            return withExp.Verdict == GrowthVerdict.Consistent ? withExp : Compare(explicitBound, statedBelow);
        }
        return (explicitBound, stated) switch
        {
            (Unknown u, _) => new(GrowthVerdict.NotDerivable, $"the explicit bound's growth is not derivable: {u.Reason}"),
            (_, Unknown u) => new(GrowthVerdict.NotDerivable, $"the stated form's growth is not derivable: {u.Reason}"),
            (Power p, Power q) => ByOrder(Order(p, q)),
            (Power or Polynomial, Polynomial) => Ok("polynomial at most"),
            (Polynomial, Power) => new(GrowthVerdict.NotDerivable, "an unspecified polynomial cannot be compared with a fixed power"),
            (Power or Polynomial, Exponential) => Ok("sub-exponential against an exponential form"),
            (Exponential x, Power or Polynomial) => Faster($"exponential with base {ExprPrinter.Print(x.Base)}"),
            (Exponential x, Exponential y) => CompareExponentials(x, y),
            _ => new(GrowthVerdict.NotDerivable, "unsupported growth kinds"),
        };
    }

    private static GrowthComparisonResult CompareExponentials(Exponential x, Exponential y)
    {
        var ratio = Simplifier.Simplify(new Div(x.Base, y.Base));
        if (ratio is Num { Value: var r })
        {
            return r == Rational.One ? Compare(x.Factor, y.Factor)
                : r < Rational.One ? Ok("smaller exponential base") : Faster($"exponential base {ExprPrinter.Print(x.Base)} exceeds {ExprPrinter.Print(y.Base)}");
        }
        // b^p against b^q with b > 1: compare p and q
        var (xr, xp) = RootPower(x.Base);
        var (yr, yq) = RootPower(y.Base);
        if (xr.Equals(yr))
        {
            return xp == yq ? Compare(x.Factor, y.Factor)
                : xp < yq ? Ok("smaller exponential base") : Faster($"exponential base {ExprPrinter.Print(x.Base)} exceeds {ExprPrinter.Print(y.Base)}");
        }
        return new(GrowthVerdict.NotDerivable, $"cannot compare the bases {ExprPrinter.Print(x.Base)} and {ExprPrinter.Print(y.Base)}");
    }

    private static (Expr Root, Rational Power) RootPower(Expr b) => b is Pow { Exponent: Num k } p ? (p.Base, k.Value) : (b, 1);

    private static int Order(Power p, Power q)
    {
        var c = p.Exponent.CompareTo(q.Exponent);
        return c != 0 ? c : p.LogExponent.CompareTo(q.LogExponent);
    }

    private static GrowthComparisonResult ByOrder(int order) =>
        order <= 0 ? Ok(order == 0 ? "same order" : "grows more slowly") : Faster("grows faster than the stated form");

    private static GrowthComparisonResult Ok(string why) => new(GrowthVerdict.Consistent, $"consistent: {why}");

    private static GrowthComparisonResult Faster(string why) => new(GrowthVerdict.Inconsistent, $"inconsistent: {why}");
}
