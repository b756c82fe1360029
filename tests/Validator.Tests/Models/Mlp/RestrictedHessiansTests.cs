using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models.Mlp;

public sealed class RestrictedHessiansTests
{
    private static IEnumerable<TestNets.Case> Cases()
    {
        foreach (var c in TestNets.Catalogue())
        {
            yield return c;
        }
        // An all-zero input: alpha^(0) = 0 and, with tanh and no biases, every alpha^(l) = 0 (the degenerate h = 0 branch).
        var zero = TestNets.Make(new Architecture(3, [4, 4, 3], Activations.Tanh), 3, 8);
        Array.Clear(zero.Inputs, 3, 3);
        yield return zero;
    }

    // One operator of a batch as an ordinary operator (dense materialisation needs it).
    private sealed class OneOf(IBatchedOperator batch, int problem) : ILinearOperator
    {
        public int Dimension => batch.Dimension;

        public void Apply(ReadOnlySpan<double> x, Span<double> y) => batch.Apply([problem], x, y);
    }

    [TestCaseSource(nameof(Cases))]
    public void PredictorRestrictionHasTheFullPredictorHessiansNonzeroSpectrum(TestNets.Case c)
    {
        var evaluator = c.Evaluator();
        var compressed = evaluator.PredictorHessians(c.Theta);
        Assert.That(compressed.Count, Is.EqualTo(c.Count));
        for (var i = 0; i < c.Count; i++)
        {
            AssertSameNonzeroSpectrum(evaluator.PredictorHessianAt(c.Theta, i), new OneOf(compressed, i), $"input {i}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void LossRestrictionHasTheFullLossHessiansNonzeroSpectrum(TestNets.Case c)
    {
        var evaluator = c.Evaluator();
        var compressed = evaluator.RestrictedLossHessian(c.Theta, c.Targets, LossKind.SquareMean);
        Assert.That(compressed.Count, Is.EqualTo(1));
        AssertSameNonzeroSpectrum(evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean), new OneOf(compressed, 0), "loss");
    }

    [TestCase(LossKind.LogisticMean)]
    [TestCase(LossKind.SquareHalfSum)]
    public void LossRestrictionIsExactForEveryLoss(LossKind kind)
    {
        // Per-sample curvature c_i that varies (logistic) or a different normaliser (half sum) enter only R{w}.
        var c = TestNets.Make(new Architecture(3, [5, 5], Activations.Gelu, biases: true, residual: true), 4, 23);
        var labels = c.Targets.Select(t => t >= 0 ? 1.0 : -1.0).ToArray();
        var evaluator = c.Evaluator();
        AssertSameNonzeroSpectrum(evaluator.LossHessian(c.Theta, labels, kind),
            new OneOf(evaluator.RestrictedLossHessian(c.Theta, labels, kind), 0), kind.ToString());
    }

    [Test]
    public void LossRestrictionIsExactWhenTheSamplesAreLinearlyDependent()
    {
        // d = 2 < n = 5 inputs: X^(0) has rank 2, so Gram-Schmidt must drop columns and keep the restriction exact.
        var c = TestNets.Make(new Architecture(2, [5, 5], Activations.Softplus, biases: true), 5, 17);
        var evaluator = c.Evaluator();
        AssertSameNonzeroSpectrum(evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean),
            new OneOf(evaluator.RestrictedLossHessian(c.Theta, c.Targets, LossKind.SquareMean), 0), "rank-deficient loss");
    }

    // The dense spectra agree on every eigenvalue that is not zero; the restriction's other eigenvalues are zero.
    private static void AssertSameNonzeroSpectrum(ILinearOperator full, ILinearOperator restricted, string what)
    {
        var a = DenseSpectrum.Eigenvalues(full);
        var b = DenseSpectrum.Eigenvalues(restricted);
        var scale = Math.Max(a.Max(Math.Abs), 1e-300);
        double[] Nonzero(double[] values) => [.. values.Where(v => Math.Abs(v) > Tolerances.ZeroEigenvalue * scale)];
        var (nonzeroA, nonzeroB) = (Nonzero(a), Nonzero(b));
        Assert.That(nonzeroB, Has.Length.EqualTo(nonzeroA.Length), $"{what}: nonzero eigenvalues {string.Join(", ", nonzeroB)} vs {string.Join(", ", nonzeroA)}");
        for (var j = 0; j < nonzeroA.Length; j++)
        {
            Assert.That(nonzeroB[j], Is.EqualTo(nonzeroA[j]).Within(Tolerances.ExactNetwork * scale), $"{what}, eigenvalue {j}");
        }
        Assert.That(b.Count(v => Math.Abs(v) <= Tolerances.ZeroEigenvalue * scale), Is.EqualTo(b.Length - nonzeroB.Length));
    }

    [TestCaseSource(nameof(Cases))]
    public void IsSymmetric(TestNets.Case c)
    {
        var compressed = c.Evaluator().PredictorHessians(c.Theta);
        var n = compressed.Dimension;
        var dense = TestNets.Dense(new OneOf(compressed, c.Count - 1));
        var transposed = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                transposed[i + j * n] = dense[j + i * n];
            }
        }
        Assert.That(TestNets.RelativeError(dense, transposed), Is.LessThan(Tolerances.ExactNetwork));
    }

    [Test]
    public void ABatchedProductEqualsTheProductsOneInputAtATime()
    {
        var c = TestNets.Make(new Architecture(5, [6, 6, 4], Activations.Softplus, biases: true, residual: true), 4, 21);
        var op = c.Evaluator().PredictorHessians(c.Theta);
        var n = op.Dimension;
        var x = new double[3 * n];
        new Xoshiro256StarStar(5).FillGaussian(x, 1.0);
        int[] problems = [2, 0, 3];
        var batched = new double[3 * n];
        op.Apply(problems, x, batched);
        for (var c2 = 0; c2 < problems.Length; c2++)
        {
            var single = new double[n];
            op.Apply([problems[c2]], x.AsSpan(c2 * n, n), single);
            Assert.That(TestNets.RelativeError(batched.AsSpan(c2 * n, n), single), Is.LessThan(Tolerances.Backends), $"column {c2}");
        }
        Assert.That(op.Products, Is.EqualTo(6));
    }

    [Test]
    public void NormsMatchLanczosOnTheFullOperatorAtEveryInput()
    {
        var c = TestNets.Make(Architecture.Uniform(8, 3, 12, Activations.Tanh), 5, 13);
        var evaluator = c.Evaluator();
        var norms = NetworkMeasures.PredictorHessianNorms(evaluator, c.Theta, Tolerances.LanczosTight);
        Assert.That(norms, Has.Count.EqualTo(c.Count));
        for (var i = 0; i < c.Count; i++)
        {
            var full = TestNets.SymmetricNorm(TestNets.Dense(evaluator.PredictorHessianAt(c.Theta, i)), c.P);
            Assert.That(norms[i].IsSuccess, Is.True, norms[i].Exit.ToString());
            Assert.That(norms[i].Value, Is.EqualTo(full).Within(Tolerances.Lanczos * full), $"input {i}");
            Assert.That(norms[i].Residual, Is.LessThanOrEqualTo(Tolerances.LanczosTight * full * 1.0001));
        }
        var loss = NetworkMeasures.LossHessianNorm(evaluator, c.Theta, c.Targets, LossKind.SquareMean, Tolerances.LanczosTight);
        var fullLoss = TestNets.SymmetricNorm(TestNets.Dense(evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean)), c.P);
        Assert.That(loss.Value, Is.EqualTo(fullLoss).Within(Tolerances.Lanczos * fullLoss));
    }

    [Test]
    public void TheSubspacesHaveAbout2LmrCoordinatesNotLmSquared()
    {
        var network = new Network(Architecture.Uniform(16, 4, 2048, Activations.Tanh));
        var inputs = new double[16 * 3];
        var evaluator = new BatchEvaluator(network, inputs, 3);
        var theta = new double[network.ParameterCount];
        Assert.That(evaluator.PredictorHessians(theta).Dimension, Is.EqualTo(2 * 4 * 2048));
        // U_l: m x 3 for l = 1..4, W_l: m x 3 for l = 2..4, and the output vector.
        Assert.That(evaluator.RestrictedLossHessian(theta, new double[3], LossKind.SquareMean).Dimension, Is.EqualTo(7 * 2048 * 3 + 2048));
    }
}
