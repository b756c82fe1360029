namespace BoundCheck.Bounds.Tests;

/// <summary>Every numeric tolerance of the Bounds tests (expressions and theorems), named once.</summary>
internal static class Tolerances
{
    /// <summary>Evaluation of an exact closed form in double precision.</summary>
    public const double Exact = 1e-12;

    /// <summary>Relative agreement of two algebraically equal expressions evaluated in double precision.</summary>
    public const double Rewrite = 1e-9;

    /// <summary>Relative agreement of a derivative with a central finite difference (step 1e-5).</summary>
    public const double FiniteDifference = 1e-5;

    /// <summary>Evaluating a closed form two ways (recursion vs sum) in double precision (percent).</summary>
    public const double Evaluation = 1e-10;

    /// <summary>Exponents derived symbolically and compared with rationals.</summary>
    public const double Exponent = 1e-9;

    /// <summary>A value against a published table given to 5 decimals: half a unit in the last place.</summary>
    public const double PublishedFiveDecimals = 5e-6;

    /// <summary>
    /// Log-log slope of c_H between L = 60 and L = 120 against the derived power of L: the asymptotic exponent
    /// plus lower-order terms that still shift a two-point slope at this depth.
    /// </summary>
    public const double SlopeAtFiniteDepth = 0.15;

    /// <summary>c_H(120) / c_H(60) for gamma &lt; 1 against 1 (bounded in L); linear growth would give 2.</summary>
    public const double BoundedGrowthRatio = 0.1;
}
