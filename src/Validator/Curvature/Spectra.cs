namespace BoundCheck.Validator.Curvature;

/// <summary>
/// The verb-named facade of the curvature code (named Spectra, not Curvature, so that code inside
/// BoundCheck.Validator.* does not resolve the name to the namespace BoundCheck.Validator.Curvature).
/// </summary>
public static class Spectra
{
    /// <summary>max |lambda| of a symmetric operator by Lanczos, certified to relative residual <paramref name="tolerance"/>.</summary>
    public static SpectralEstimate SpectralNorm(ILinearOperator op, double tolerance = 1e-6, int seed = 1, int maxIterations = 300) =>
        Lanczos.Run(op, new LanczosOptions(tolerance, maxIterations, seed, SpectrumEnd.Magnitude)).Norm;

    /// <summary>Largest and smallest eigenvalue of a symmetric operator from one Lanczos run.</summary>
    public static LanczosResult Extremes(ILinearOperator op, double tolerance = 1e-6, int seed = 1, int maxIterations = 300) =>
        Lanczos.Run(op, new LanczosOptions(tolerance, maxIterations, seed, SpectrumEnd.Both));
}
