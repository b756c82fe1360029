using BoundCheck.Validator.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Curvature;

/// <summary>Symmetric test matrices A = Q diag(lambda) Q^T with a random orthogonal Q and a chosen spectrum.</summary>
public static class KnownSpectra
{
    public sealed record Case(string Name, double[] Eigenvalues)
    {
        public override string ToString() => Name;

        public DenseOperator Operator(int seed = 7) => WithSpectrum(Eigenvalues, seed);

        public double Max => Eigenvalues.Max();

        public double Min => Eigenvalues.Min();

        public double Norm => Math.Max(Math.Abs(Max), Math.Abs(Min));
    }

    /// <summary>A = Q diag(eigenvalues) Q^T, Q from the QR factorisation of a seeded Gaussian matrix.</summary>
    public static DenseOperator WithSpectrum(double[] eigenvalues, int seed)
    {
        int n = eigenvalues.Length;
        var random = new Random(seed);
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => Gaussian(random));
        var q = g.QR().Q;
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray(eigenvalues) * q.Transpose();
        a = (a + a.Transpose()) / 2;
        return DenseOperator.FromArray(a.ToArray());
    }

    public static IEnumerable<Case> All()
    {
        var random = new Random(11);
        yield return new Case("uniform", Enumerable.Range(0, 80).Select(_ => -1 + 4 * random.NextDouble()).ToArray());
        yield return new Case("clustered-top", [.. Enumerable.Range(0, 60).Select(_ => random.NextDouble()), 5, 5 - 1e-3, 5 - 2e-3]);
        yield return new Case("negative-dominant", [.. Enumerable.Range(0, 60).Select(_ => 2 * random.NextDouble()), -10, -9.5]);
        yield return new Case("rank-deficient", [.. new double[45], 3, 1.5, -0.5, 2, 0.25]);
        yield return new Case("hessian-like", HessianLike(200, random));
    }

    /// <summary>
    /// A network-Hessian-like spectrum: a Marchenko-Pastur-like bulk near 0 of both signs with a few
    /// well-separated outliers (the "few large eigenvalues plus bulk" shape reported for trained nets).
    /// </summary>
    public static double[] HessianLike(int n, Random random)
    {
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u = Gaussian(random);
            values[i] = 0.05 * u * u - 0.02 * Math.Abs(Gaussian(random));
        }
        double[] outliers = [40, 12, 7, 4, 2.5, -0.8];
        outliers.CopyTo(values, 0);
        return values;
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
