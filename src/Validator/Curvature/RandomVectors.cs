namespace BoundCheck.Validator.Curvature;

/// <summary>Seeded random vectors (bit-identical for the same seed): Gaussian and Rademacher entries.</summary>
public static class RandomVectors
{
    /// <summary>Fills <paramref name="x"/> with i.i.d. N(0, 1) entries (Box-Muller on a seeded generator).</summary>
    public static void FillGaussian(Random random, Span<double> x)
    {
        for (int i = 0; i < x.Length; i += 2)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            double radius = Math.Sqrt(-2.0 * Math.Log(u1));
            x[i] = radius * Math.Cos(2 * Math.PI * u2);
            if (i + 1 < x.Length)
            {
                x[i + 1] = radius * Math.Sin(2 * Math.PI * u2);
            }
        }
    }

    /// <summary>Fills <paramref name="x"/> with i.i.d. +-1 entries.</summary>
    public static void FillRademacher(Random random, Span<double> x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = random.Next(2) == 0 ? -1.0 : 1.0;
        }
    }

    /// <summary>A unit vector with a Gaussian direction (uniform on the sphere).</summary>
    public static double[] UnitGaussian(int dimension, int seed)
    {
        var x = new double[dimension];
        FillGaussian(new Random(seed), x);
        VectorOps.Scale(1.0 / VectorOps.Norm(x), x);
        return x;
    }
}
