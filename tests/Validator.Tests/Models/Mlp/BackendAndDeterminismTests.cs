using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models.Mlp;

public sealed class BackendAndDeterminismTests
{
    private static TestNets.Case Medium() =>
        TestNets.Make(new Architecture(20, [48, 48, 40], Activations.Tanh, biases: true, residual: true), 17, 31, 0.8);

    [Test]
    public void ManagedAndOpenBlasGradientsAndHvpsAgree()
    {
        Assume.That(Blas.OpenBlasOrNull, Is.Not.Null, "OpenBLAS not installed");
        var c = Medium();
        var (gradNative, hvpNative) = GradientAndHvp(c, Blas.OpenBlasOrNull!);
        var (gradManaged, hvpManaged) = GradientAndHvp(c, Blas.Managed);
        Assert.That(TestNets.RelativeError(gradManaged, gradNative), Is.LessThan(Tolerances.Backends));
        Assert.That(TestNets.RelativeError(hvpManaged, hvpNative), Is.LessThan(Tolerances.Backends));
    }

    [Test]
    public void SameInputsGiveBitIdenticalResults()
    {
        var (g1, h1) = GradientAndHvp(Medium(), Blas.Default);
        var (g2, h2) = GradientAndHvp(Medium(), Blas.Default);
        Assert.That(g1.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(g2.Select(BitConverter.DoubleToInt64Bits)));
        Assert.That(h1.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(h2.Select(BitConverter.DoubleToInt64Bits)));
    }

    [Test]
    public void RepeatedProductsOfOneOperatorAreIdentical()
    {
        var c = Medium();
        var op = c.Evaluator().LossHessian(c.Theta, c.Targets, LossKind.SquareMean);
        var u = new double[c.P];
        new Xoshiro256StarStar(5).FillGaussian(u, 1);
        var first = new double[c.P];
        var second = new double[c.P];
        op.Apply(u, first);
        op.Apply(u, second);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(op.Products, Is.EqualTo(2));
    }

    private static (double[] Gradient, double[] Hvp) GradientAndHvp(TestNets.Case c, BlasBackend blas)
    {
        var evaluator = c.Evaluator(blas);
        var gradient = new double[c.P];
        evaluator.LossGradient(c.Theta, c.Targets, LossKind.SquareMean, gradient);
        var hvp = new double[c.P];
        evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean).Apply(gradient, hvp);
        return (gradient, hvp);
    }
}
