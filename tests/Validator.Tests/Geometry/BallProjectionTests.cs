using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models.Mlp;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Geometry;

/// <summary>
/// Projections onto the balls around theta_0, against the definition of a projection onto a closed convex set C:
/// P(x) lies in C, P(x) = x for x in C, and &lt;x - P(x), y - P(x)&gt; &lt;= 0 for every y in C (so no y is nearer).
/// Membership is decided by MathNet's dense SVD, not by the code under test.
/// </summary>
public sealed class BallProjectionTests
{
    private const double Rho = 0.7, Rho1 = 0.4, Radius = 1.5;

    private static readonly TestNets.Case Net = TestNets.Make(new Architecture(3, [5, 4], Activations.Tanh, biases: true), 2, 11);

    private static double[] Random(int seed, double scale)
    {
        var x = (double[])Net.Theta.Clone();
        var step = new double[x.Length];
        new Xoshiro256StarStar((ulong)seed).FillGaussian(step, scale);
        VectorOps.Axpy(1, step, x);
        return x;
    }

    private static double SpectralNorm(Block block, double[] theta, double[] theta0) =>
        Matrix<double>.Build.Dense(block.Rows, block.Cols, block.Of(theta.AsSpan()).ToArray()).Subtract(
            Matrix<double>.Build.Dense(block.Rows, block.Cols, block.Of(theta0.AsSpan()).ToArray())).L2Norm();

    private static bool InSpectralBall(double[] theta)
    {
        var layers = Net.Network.Layers;
        return layers.Weights.All(b => SpectralNorm(b, theta, Net.Theta) <= Rho * (1 + Tolerances.Dense))
            && VectorOps.Distance(layers.Output.Of(theta.AsSpan()), layers.Output.Of(Net.Theta.AsSpan())) <= Rho1 * (1 + Tolerances.Dense);
    }

    private static double[] SpectralProjection(double[] x) => BallProjection.Spectral(Net.Network.Layers, x, Net.Theta, Rho, Rho1);

    [Test]
    public void APointOutsideTheSpectralBallIsProjectedOntoItsBoundary()
    {
        var x = Random(1, 2.0);
        Assert.That(InSpectralBall(x), Is.False);
        var p = SpectralProjection(x);
        Assert.That(InSpectralBall(p), Is.True);
        // Every layer that was outside now sits on the boundary ||W - W0||_2 = rho.
        foreach (var block in Net.Network.Layers.Weights)
        {
            Assert.That(SpectralNorm(block, p, Net.Theta), Is.EqualTo(Rho).Within(Tolerances.Dense));
        }
    }

    [Test]
    public void APointInsideTheSpectralBallIsItsOwnProjection()
    {
        var inside = SpectralProjection(Random(2, 2.0));
        Assert.That(SpectralProjection(inside), Is.EqualTo(inside).Within(Tolerances.Dense));
        Assert.That(SpectralProjection(Net.Theta), Is.EqualTo(Net.Theta));
    }

    // <x - P(x), y - P(x)> <= 0 for points y of the ball, drawn as projections of random points and scaled towards theta_0.
    [Test]
    public void NoPointOfTheSpectralBallIsNearerThanTheProjection()
    {
        var x = Random(3, 2.0);
        var p = SpectralProjection(x);
        for (var k = 0; k < 20; k++)
        {
            var y = SpectralProjection(Random(100 + k, 1.0 + k / 10.0));
            var shrink = (k % 4 + 1) / 4.0;
            for (var i = 0; i < y.Length; i++)
            {
                y[i] = Net.Theta[i] + shrink * (y[i] - Net.Theta[i]);
            }
            Assert.That(InSpectralBall(y), Is.True);
            var inner = 0.0;
            for (var i = 0; i < x.Length; i++)
            {
                inner += (x[i] - p[i]) * (y[i] - p[i]);
            }
            Assert.That(inner, Is.LessThanOrEqualTo(Tolerances.Dense * VectorOps.Distance(x, p) * VectorOps.Distance(y, p)), $"y #{k}");
            Assert.That(VectorOps.Distance(x, p), Is.LessThanOrEqualTo(VectorOps.Distance(x, y) * (1 + Tolerances.Dense)));
        }
    }

    [Test]
    public void BiasesAreNotConstrainedByTheSpectralBall()
    {
        var x = Random(4, 2.0);
        var p = SpectralProjection(x);
        for (var l = 1; l <= 2; l++)
        {
            var bias = Net.Network.Layout.Bias(l);
            Assert.That(bias.Of(p.AsSpan()).ToArray(), Is.EqualTo(bias.Of(x.AsSpan()).ToArray()));
        }
    }

    // The boundary points the checker probes lie in the ball, on its boundary: projection leaves them where they are.
    [Test]
    public void TheProbedBoundaryPointsLieOnTheSpectralBall()
    {
        foreach (var (label, theta) in BallPoints.SpectralBoundary(Net.Network.Layers, Net.Theta, Rho, Rho1, 1))
        {
            Assert.That(SpectralProjection(theta), Is.EqualTo(theta).Within(Tolerances.Dense), label);
            Assert.That(Net.Network.Layers.Weights.Max(b => SpectralNorm(b, theta, Net.Theta)), Is.EqualTo(Rho).Within(Tolerances.LayerSpectralNorm), label);
        }
    }

    [Test]
    public void TheEuclideanProjectionScalesTheStepBackToTheRadius()
    {
        var x = Random(5, 2.0);
        var p = BallProjection.Euclidean(x, Net.Theta, Radius);
        Assert.That(VectorOps.Distance(p, Net.Theta), Is.EqualTo(Radius).Within(Tolerances.Dense));
        // p - theta0 is parallel to x - theta0: the distances add up along the segment.
        Assert.That(VectorOps.Distance(x, p) + Radius, Is.EqualTo(VectorOps.Distance(x, Net.Theta)).Within(Tolerances.Dense));
        var inside = BallProjection.Euclidean(p, Net.Theta, Radius * 2);
        Assert.That(inside, Is.EqualTo(p));
    }
}
