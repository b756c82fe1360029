namespace BoundCheck.Validator.Tests.Verification.Scaling;

/// <summary>Every numeric tolerance of the sweep-analysis tests, named once.</summary>
internal static class Tolerances
{
    /// <summary>Rational exponents converted to double, and ln of an evaluated base (a few ulps).</summary>
    public const double Exact = 1e-12;

    /// <summary>Slope recovered from synthetic power laws with small multiplicative noise (sd 0.02 in log y).</summary>
    public const double RecoveredSlope = 0.05;
}
