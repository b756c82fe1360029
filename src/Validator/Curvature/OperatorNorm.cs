namespace BoundCheck.Validator.Curvature;

/// <summary>Spectral norm ||A||_2 = sigma_max of a rectangular operator by Lanczos on its Gram operator.</summary>
public static class OperatorNorm
{
    /// <summary>
    /// sigma_max with a certificate: Lanczos on G = A^T A (or A A^T) gives theta with |lambda - theta| &lt;= r for
    /// some eigenvalue lambda = sigma^2, so |sigma - sqrt(theta)| = |lambda - theta| / (sigma + sqrt(theta)) &lt;= r / sqrt(theta).
    /// The relative bound on sigma equals the relative bound on theta, so <paramref name="tolerance"/> means the
    /// same for both. Products counts applications of A and of A^T separately (2 per Lanczos step).
    /// </summary>
    public static SpectralEstimate Estimate(IRectangularOperator a, double tolerance = 1e-6, int seed = 1, int maxIterations = 300)
    {
        var result = Lanczos.Run(new GramOperator(a), new LanczosOptions(tolerance, maxIterations, seed, SpectrumEnd.Largest));
        var top = result.Largest;
        double theta = Math.Max(top.Value, 0);
        double sigma = Math.Sqrt(theta);
        double bound = theta > 0 ? top.Residual / sigma : Math.Sqrt(top.Residual);
        return new SpectralEstimate(sigma, bound, 2 * top.Products, top.Iterations, top.Exit);
    }

    /// <summary>||W||_2 of a dense rows x cols column-major matrix.</summary>
    public static SpectralEstimate Estimate(double[] columnMajor, int rows, int columns, double tolerance = 1e-6, int seed = 1) =>
        Estimate(new DenseMatrixOperator(rows, columns, columnMajor), tolerance, seed);
}
