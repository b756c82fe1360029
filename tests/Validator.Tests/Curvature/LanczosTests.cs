using BoundCheck.Validator.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class LanczosTests
{
    private static IEnumerable<KnownSpectra.Case> Cases() => KnownSpectra.All();

    [TestCaseSource(nameof(Cases))]
    public void Extremes_match_dense_eigendecomposition(KnownSpectra.Case c)
    {
        var op = c.Operator();
        var dense = Matrix<double>.Build.DenseOfArray(op.ToArray()).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        var result = Lanczos.Run(op, new LanczosOptions(Tolerance: Tolerances.LanczosTight));
        double scale = c.Norm;
        Assert.Multiple(() =>
        {
            Assert.That(result.Exit.IsSuccess(), Is.True, $"exit {result.Exit}");
            Assert.That(result.Largest.Value, Is.EqualTo(dense.Max()).Within(Tolerances.Lanczos * scale));
            Assert.That(result.Smallest.Value, Is.EqualTo(dense.Min()).Within(Tolerances.Lanczos * scale));
            Assert.That(result.Norm.Value, Is.EqualTo(c.Norm).Within(Tolerances.Lanczos * scale));
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Residual_bounds_the_error_to_the_nearest_eigenvalue(KnownSpectra.Case c)
    {
        var op = c.Operator(seed: 3);
        foreach (int budget in new[] { 3, 6, 10, 400 })
        {
            var result = Lanczos.Run(op, new LanczosOptions(MaxIterations: budget, Seed: 5));
            foreach (var end in new[] { result.Largest, result.Smallest })
            {
                double nearest = c.Eigenvalues.Min(l => Math.Abs(l - end.Value));
                Assert.That(nearest, Is.LessThanOrEqualTo(end.Residual + Tolerances.Rounding * c.Norm),
                    $"budget {budget}, theta {end.Value}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Ritz_vector_has_the_certified_residual(KnownSpectra.Case c)
    {
        var op = c.Operator();
        var result = Lanczos.Run(op, new LanczosOptions(ComputeVectors: true));
        var y = result.Largest.Vector!;
        var ay = new double[y.Length];
        op.Apply(y, ay);
        double residual = Math.Sqrt(ay.Zip(y, (a, v) => (a - result.Largest.Value * v) * (a - result.Largest.Value * v)).Sum());
        Assert.Multiple(() =>
        {
            Assert.That(Math.Sqrt(y.Sum(v => v * v)), Is.EqualTo(1.0).Within(Tolerances.Dense));
            Assert.That(residual, Is.EqualTo(result.Largest.Residual).Within(Tolerances.RecomputedResidual * c.Norm));
        });
    }

    [Test]
    public void Rank_deficient_operator_ends_in_an_invariant_subspace()
    {
        var c = KnownSpectra.All().Single(k => k.Name == "rank-deficient");
        var result = Lanczos.Run(c.Operator(), new LanczosOptions(Tolerance: 1e-14));
        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(SpectralExit.InvariantSubspace));
            Assert.That(result.Iterations, Is.LessThanOrEqualTo(6), "5 nonzero eigenvalues + the zero eigenvalue");
            Assert.That(result.Largest.Value, Is.EqualTo(3.0).Within(Tolerances.Lanczos * 3));
        });
    }

    [Test]
    public void Same_seed_gives_bit_identical_results_and_different_seeds_agree()
    {
        var op = KnownSpectra.All().First().Operator();
        var a = Lanczos.Run(op, new LanczosOptions(Seed: 9));
        var b = Lanczos.Run(op, new LanczosOptions(Seed: 9));
        var other = Lanczos.Run(op, new LanczosOptions(Seed: 10, Tolerance: Tolerances.LanczosTight));
        Assert.Multiple(() =>
        {
            Assert.That(BitConverter.DoubleToInt64Bits(a.Largest.Value), Is.EqualTo(BitConverter.DoubleToInt64Bits(b.Largest.Value)));
            Assert.That(a.Products, Is.EqualTo(b.Products));
            Assert.That(Math.Abs(a.Largest.Value - other.Largest.Value), Is.LessThanOrEqualTo(a.Largest.Residual + other.Largest.Residual));
        });
    }

    [Test]
    public void Non_finite_operator_exits_with_NonFinite()
    {
        var op = new FaultyOperator(10, failAfter: 3);
        var result = Lanczos.Run(op);
        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(SpectralExit.NonFinite));
            Assert.That(result.Largest.IsSuccess, Is.False);
            Assert.That(result.Products, Is.EqualTo(4));
        });
    }

    [Test]
    public void Hessian_like_spectrum_norm_converges_in_at_most_30_products()
    {
        var c = KnownSpectra.All().Single(k => k.Name == "hessian-like");
        var result = Lanczos.Run(c.Operator(), new LanczosOptions(Target: SpectrumEnd.Magnitude));
        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(SpectralExit.Converged));
            Assert.That(result.Products, Is.LessThanOrEqualTo(30));
            Assert.That(result.Norm.Value, Is.EqualTo(c.Norm).Within(Tolerances.LanczosDefault * c.Norm));
        });
    }

    /// <summary>diag(1..n) that returns NaN from the (failAfter+1)-th product on.</summary>
    private sealed class FaultyOperator(int n, int failAfter) : ILinearOperator
    {
        private int calls;

        public int Dimension => n;

        public void Apply(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < n; i++)
            {
                y[i] = (i + 1) * x[i];
            }
            if (++calls > failAfter)
            {
                y[0] = double.NaN;
            }
        }
    }
}
