namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Power iteration for the eigenvalue of largest magnitude (a cross-check on Lanczos). Each step has the
/// Rayleigh quotient theta = x^T A x (||x|| = 1) and the certificate ||A x - theta x|| on the nearest eigenvalue.
/// Converges only when that eigenvalue is strictly dominant (not for a +-lambda pair).
/// </summary>
public static class PowerIteration
{
    /// <summary>Runs from a seeded Gaussian start; Value is the signed Rayleigh quotient (|Value| is the norm).</summary>
    public static SpectralEstimate Run(
        ILinearOperator op, double tolerance = 1e-6, int maxIterations = 10_000, int seed = 1, bool computeVector = false)
    {
        if (!(tolerance > 0 && tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance must lie in (0, 1).");
        }
        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "maxIterations must be >= 1.");
        }
        var x = RandomVectors.UnitGaussian(op.Dimension, seed);
        var y = new double[op.Dimension];
        double theta = double.NaN, residual = double.PositiveInfinity;
        var exit = SpectralExit.MaxIterations;
        int iteration = 0;
        while (iteration < maxIterations)
        {
            op.Apply(x, y);
            iteration++;
            if (!VectorOps.AllFinite(y))
            {
                exit = SpectralExit.NonFinite;
                break;
            }
            theta = VectorOps.Dot(x, y);
            double yNorm = VectorOps.Norm(y);
            // ||y - theta x||^2 = ||y||^2 - theta^2 for unit x; clamp the rounding below zero.
            residual = Math.Sqrt(Math.Max(0, (yNorm - theta) * (yNorm + theta)));
            if (yNorm == 0)
            {
                exit = SpectralExit.InvariantSubspace;
                break;
            }
            if (residual <= tolerance * Math.Abs(theta))
            {
                exit = SpectralExit.Converged;
                break;
            }
            y.CopyTo(x, 0);
            VectorOps.Scale(1 / yNorm, x);
        }
        return new SpectralEstimate(theta, residual, iteration, iteration, exit, computeVector ? x : null);
    }
}
