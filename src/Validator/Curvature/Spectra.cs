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

    /// <summary>||A||_2 of a rectangular operator (Lanczos on A^T A or A A^T).</summary>
    public static SpectralEstimate SpectralNorm(IRectangularOperator a, double tolerance = 1e-6, int seed = 1, int maxIterations = 300) =>
        OperatorNorm.Estimate(a, tolerance, seed, maxIterations);

    /// <summary>||W||_2 of a dense rows x cols matrix stored column-major.</summary>
    public static SpectralEstimate SpectralNorm(double[] columnMajor, int rows, int columns, double tolerance = 1e-6, int seed = 1) =>
        OperatorNorm.Estimate(columnMajor, rows, columns, tolerance, seed);

    /// <summary>Hutchinson trace estimate with its standard error.</summary>
    public static TraceEstimate Trace(ILinearOperator op, int samples = 100, int seed = 1) =>
        Hutchinson.Trace(op, samples, seed);

    /// <summary>All eigenvalues of a small symmetric operator, ascending (dense, n products + O(n^3)).</summary>
    public static double[] Eigenvalues(ILinearOperator op) => DenseSpectrum.Eigenvalues(op);

    /// <summary>Singular values, numerical rank and its tolerance of a dense column-major matrix.</summary>
    public static SingularValueSummary SingularValues(double[] columnMajor, int rows, int columns) =>
        DenseSpectrum.SingularValues(columnMajor, rows, columns);
}
