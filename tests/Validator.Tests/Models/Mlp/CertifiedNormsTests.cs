using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Derivatives;

/// <summary>The certified network measurements against dense eigendecompositions (MathNet) of the same operators.</summary>
public sealed class CertifiedNormsTests
{
    [TestCaseSource(typeof(TestNets), nameof(TestNets.Catalogue))]
    public void Small_predictor_hessians_are_exact_and_match_the_dense_full_hessians(TestNets.Case c)
    {
        var evaluator = c.Evaluator();
        var certified = CertifiedNorms.PredictorHessian(evaluator, c.Theta, 1e-8);
        var truth = Enumerable.Range(0, c.Count).Max(i => TestNets.SymmetricNorm(TestNets.Dense(evaluator.PredictorHessianAt(c.Theta, i)), c.P));
        Assert.That(certified.Certificate.Kind, Is.EqualTo(CertificateKind.Exact));
        Assert.That(certified.Exit, Is.EqualTo("Exact"));
        AssertBrackets(certified.Certificate, truth, Tolerances.ZeroEigenvalue);
    }

    [Test]
    public void Large_predictor_hessians_get_a_union_bound_over_inputs()
    {
        // Restricted dimension 4 m = 520 > 128: the probabilistic path.
        var c = TestNets.Make(new Architecture(8, [130, 130], Activations.Tanh), 3, 17);
        var evaluator = c.Evaluator();
        var certified = CertifiedNorms.PredictorHessian(evaluator, c.Theta, 1e-8);
        var dense = DenseForms.Of(evaluator.PredictorHessians(c.Theta));
        var n = evaluator.PredictorHessians(c.Theta).Dimension;
        var truth = dense.Max(a => TestNets.SymmetricNorm(a, n));
        Assert.That(certified.Certificate.Kind, Is.EqualTo(CertificateKind.Probabilistic));
        Assert.That(certified.Certificate.Delta, Is.EqualTo(NormCertificates.DefaultDelta).Within(Tolerances.Arithmetic));
        Assert.That(certified.Certificate.Label, Is.EqualTo("P(miss) <= 0.001"));
        AssertBrackets(certified.Certificate, truth, Tolerances.Lanczos);
        Assert.That(certified.Certificate.Upper, Is.LessThanOrEqualTo(truth * (1 + NormCertificates.Slack) * (1 + Tolerances.LanczosDefault)));
    }

    [TestCase(2, 3, CertificateKind.Exact)]
    [TestCase(130, 2, CertificateKind.Probabilistic)]
    public void The_loss_hessian_norm_is_certified(int width, int n, CertificateKind kind)
    {
        var c = TestNets.Make(new Architecture(8, [width, width], Activations.Softplus), n, 23);
        var evaluator = c.Evaluator();
        var certified = CertifiedNorms.LossHessian(evaluator, c.Theta, c.Targets, LossKind.SquareMean, 1e-8);
        var op = evaluator.RestrictedLossHessian(c.Theta, c.Targets, LossKind.SquareMean);
        var truth = kind == CertificateKind.Exact
            ? TestNets.SymmetricNorm(TestNets.Dense(evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean)), c.P)
            : TestNets.SymmetricNorm(DenseForms.Of(op)[0], op.Dimension);
        Assert.That(certified.Certificate.Kind, Is.EqualTo(kind));
        AssertBrackets(certified.Certificate, truth, Tolerances.Lanczos);
    }

    [TestCase(40, 30, CertificateKind.Exact)]
    [TestCase(600, 530, CertificateKind.Probabilistic)]
    public void Layer_distances_are_certified_against_a_dense_svd(int rows, int cols, CertificateKind kind)
    {
        var network = new Network(new Architecture(cols, [rows], Activations.Tanh));
        var random = new Random(rows);
        var theta = Enumerable.Range(0, network.ParameterCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        var theta0 = Enumerable.Range(0, network.ParameterCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        var certified = CertifiedNorms.LayerNorms(network, theta, theta0, 1e-8);
        var block = network.Layout.Weight(1);
        var difference = block.Of(theta).ToArray().Zip(block.Of(theta0).ToArray(), (a, b) => a - b).ToArray();
        var truth = Matrix<double>.Build.Dense(rows, cols, difference).Svd(computeVectors: false).S[0];
        Assert.That(certified.Certificate.Kind, Is.EqualTo(kind));
        AssertBrackets(certified.Certificate, truth, Tolerances.Lanczos);
        Assert.That(certified.Value, Is.EqualTo(truth).Within(Tolerances.LayerSpectralNorm * truth));
    }

    private static void AssertBrackets(Certificate certificate, double truth, double relative)
    {
        Assert.That(certificate.Lower, Is.LessThanOrEqualTo(truth * (1 + relative)), "lower end");
        Assert.That(certificate.Upper, Is.GreaterThanOrEqualTo(truth * (1 - relative)), "upper end");
    }
}
