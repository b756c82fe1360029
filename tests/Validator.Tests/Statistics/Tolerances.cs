namespace BoundCheck.Validator.Tests.Statistics;

/// <summary>Every numeric tolerance of the sweep and statistics tests, named once.</summary>
internal static class Tolerances
{
    /// <summary>Doubles written with "R" and read back must be bit-identical.</summary>
    public const double RoundTrip = 0;

    /// <summary>Closed-form least squares versus the implementation (a few ulps of accumulated rounding).</summary>
    public const double ClosedForm = 1e-12;

    /// <summary>Beta quantiles of MathNet against published Clopper-Pearson values given to 4 decimals.</summary>
    public const double PublishedFourDecimals = 5e-5;

    /// <summary>Beta quantile against an exact closed form (root finding inside MathNet).</summary>
    public const double BetaQuantile = 1e-8;

    /// <summary>Slope recovered from noisy synthetic power-law data (noise sd 0.05 in log y, 5 seeds x 6 widths).</summary>
    public const double RecoveredSlope = 0.08;
}
