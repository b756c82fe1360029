namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>The one rule that turns a slope interval into a scaling verdict for an upper-bound claim.</summary>
public static class ScalingJudge
{
    /// <summary>
    /// Default tolerance on exponents: finite-width corrections over a 16x range of m move a fitted exponent by a
    /// few hundredths, so 0.1 separates "-1/2" from "-1/4" or "0" while not punishing pre-asymptotic curvature.
    /// </summary>
    public const double DefaultTolerance = 0.1;

    /// <summary>
    /// Verdict for the claim "Q = O(x^c)" given a slope interval [low, high], in this order:
    /// <list type="number">
    /// <item>bound-not-tight: high &lt; min(c, b) - tol (the measured decay is strictly faster than the bound's;
    /// b is the explicit bound's own exponent, min(c, b) = c when there is none);</item>
    /// <item>consistent: high &lt;= c + tol;</item>
    /// <item>inconsistent: low &gt; c + tol (the whole interval grows faster than claimed);</item>
    /// <item>inconclusive: otherwise (the interval straddles c + tol, too wide), or a NaN input.</item>
    /// </list>
    /// </summary>
    public static ScalingVerdict Judge(double low, double high, double claimed, double? boundExponent, double tolerance = DefaultTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        if (double.IsNaN(low) || double.IsNaN(high) || double.IsNaN(claimed) || low > high)
        {
            return ScalingVerdict.Inconclusive;
        }
        var tightest = Math.Min(claimed, boundExponent ?? claimed);
        if (high < tightest - tolerance)
        {
            return ScalingVerdict.BoundNotTight;
        }
        if (high <= claimed + tolerance)
        {
            return ScalingVerdict.Consistent;
        }
        return low > claimed + tolerance ? ScalingVerdict.Inconsistent : ScalingVerdict.Inconclusive;
    }
}
