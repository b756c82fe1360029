namespace BoundCheck.Validator.Tests.Curvature;

/// <summary>Every tolerance the curvature tests use, in one place.</summary>
internal static class Tolerances
{
    /// <summary>Lanczos (run at <see cref="LanczosTight"/>) vs dense eigendecomposition, relative to ||A||.</summary>
    public const double Lanczos = 1e-8;

    /// <summary>Relative residual tolerance passed to Lanczos when comparing with dense results.</summary>
    public const double LanczosTight = 1e-10;

    /// <summary>Rounding slack, relative to ||A||, allowed on top of a residual certificate.</summary>
    public const double Rounding = 1e-12;

    /// <summary>Power iteration vs Lanczos, relative.</summary>
    public const double PowerIteration = 1e-6;

    /// <summary>Dense decompositions vs closed forms, relative.</summary>
    public const double Dense = 1e-10;

    /// <summary>Number of standard errors a Hutchinson estimate may deviate before a test fails.</summary>
    public const double HutchinsonSigmas = 4.0;
}
