using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Derivatives;

/// <summary>
/// The lift from restricted coordinates and the eigenvalue gradient u^T (dH) u, against dense full Hessians and central
/// differences of the dense top eigenvalue itself.
/// </summary>
public sealed class EigenvalueGradientTests
{
    private static TestNets.Case Net() => TestNets.Make(new Architecture(3, [5, 4], Activations.Tanh), 3, 31);

    [Test]
    public void A_lifted_eigenvector_of_the_restriction_is_a_unit_eigenvector_of_the_full_hessian()
    {
        var c = Net();
        var evaluator = c.Evaluator();
        var hessians = evaluator.PredictorHessians(c.Theta);
        var restricted = DenseForms.Of(hessians);
        for (var i = 0; i < c.Count; i++)
        {
            var (lambda, u) = Top(restricted[i], hessians.Dimension);
            var lifted = hessians.Lift(i, u);
            Assert.That(VectorOps.Norm(lifted), Is.EqualTo(1).Within(Tolerances.ExactNetwork), $"input {i}: |P u|");
            var hu = new double[c.P];
            evaluator.PredictorHessianAt(c.Theta, i).Apply(lifted, hu);
            VectorOps.Axpy(-lambda, lifted, hu);
            Assert.That(VectorOps.Norm(hu), Is.LessThan(Tolerances.ExactNetwork * Math.Abs(lambda)), $"input {i}: H P u = lambda P u");
        }
    }

    [Test]
    public void The_loss_hessian_lift_too()
    {
        var c = Net();
        var evaluator = c.Evaluator();
        var restricted = evaluator.RestrictedLossHessian(c.Theta, c.Targets, LossKind.SquareMean);
        var (lambda, u) = Top(DenseForms.Of(restricted)[0], restricted.Dimension);
        var lifted = restricted.Lift(0, u);
        var hu = new double[c.P];
        evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean).Apply(lifted, hu);
        VectorOps.Axpy(-lambda, lifted, hu);
        Assert.That(VectorOps.Norm(hu), Is.LessThan(Tolerances.ExactNetwork * Math.Abs(lambda)));
    }

    [TestCase(0)]
    [TestCase(2)]
    public void The_gradient_of_the_top_eigenvalue_matches_central_differences_of_the_dense_eigenvalue(int input)
    {
        var c = Net();
        var evaluator = c.Evaluator();
        double Eigenvalue(double[] theta) => Top(TestNets.Dense(evaluator.PredictorHessianAt(theta, input)), c.P).Value;
        var (lambda, u) = Top(TestNets.Dense(evaluator.PredictorHessianAt(c.Theta, input)), c.P);
        var gradient = new double[c.P];
        EigenvalueGradient.Of(t => evaluator.PredictorHessianAt(t, input), c.Theta, u, gradient);
        var direction = RandomVectors.UnitGaussian(c.P, 5 + input);
        const double h = 1e-4;
        var difference = (Eigenvalue(Shift(c.Theta, direction, h)) - Eigenvalue(Shift(c.Theta, direction, -h))) / (2 * h);
        Assert.That(VectorOps.Dot(gradient, direction), Is.EqualTo(difference).Within(Tolerances.EigenvalueGradient * (1 + Math.Abs(lambda))));
        Assert.That(Math.Abs(difference), Is.GreaterThan(100 * Tolerances.EigenvalueGradient * (1 + Math.Abs(lambda))), "the test can tell a wrong gradient");
    }

    internal static (double Value, double[] Vector) Top(double[] dense, int n)
    {
        var eigen = DenseEigen.Symmetric(dense, n, vectors: true);
        var j = Math.Abs(eigen.Values[^1]) >= Math.Abs(eigen.Values[0]) ? n - 1 : 0;
        return (eigen.Values[j], eigen.Vectors!.AsSpan(j * n, n).ToArray());
    }

    internal static double[] Shift(double[] theta, double[] direction, double h)
    {
        var shifted = (double[])theta.Clone();
        VectorOps.Axpy(h, direction, shifted);
        return shifted;
    }
}
