namespace BoundCheck.Validator.Curvature;

/// <summary>Hutchinson's trace estimator: tr(A) = E[z^T A z] for z with i.i.d. Rademacher entries (Hutchinson 1989).</summary>
public static class Hutchinson
{
    /// <summary>Averages z^T A z over <paramref name="samples"/> seeded Rademacher probes.</summary>
    public static TraceEstimate Trace(ILinearOperator op, int samples = 100, int seed = 1)
    {
        if (samples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "samples must be >= 1.");
        }
        var random = new Random(seed);
        var z = new double[op.Dimension];
        var az = new double[op.Dimension];
        double mean = 0, m2 = 0;
        for (int s = 1; s <= samples; s++)
        {
            RandomVectors.FillRademacher(random, z);
            op.Apply(z, az);
            double sample = VectorOps.Dot(z, az);
            if (!double.IsFinite(sample))
            {
                return new TraceEstimate(double.NaN, double.NaN, s - 1, s, SpectralExit.NonFinite);
            }
            // Welford's running mean and sum of squared deviations.
            double delta = sample - mean;
            mean += delta / s;
            m2 += delta * (sample - mean);
        }
        double standardError = samples > 1 ? Math.Sqrt(m2 / (samples - 1) / samples) : double.NaN;
        return new TraceEstimate(mean, standardError, samples, samples, SpectralExit.Converged);
    }
}
