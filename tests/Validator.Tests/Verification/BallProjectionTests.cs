using BoundCheck.Validator.Models;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Verification.Probing;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>
/// The projections are the nearest points of their balls: inside the ball, unchanged inside it, and the variational
/// inequality &lt;x - P x, y - P x&gt; &lt;= 0 for every y of the (convex) ball, which characterises the Euclidean projection.
/// </summary>
public sealed class BallProjectionTests
{
    private const double Rho = 0.7;
    private const double Rho1 = 0.4;

    private static readonly Network Network = new(new Architecture(6, [9, 7], Activations.Tanh, biases: true));

    [TestCase(false)]
    [TestCase(true)]
    public void The_layer_ball_projection_is_the_nearest_point(bool frobenius)
    {
        var random = new Random(frobenius ? 2 : 1);
        var theta0 = Gaussian(random, Network.ParameterCount, 1);
        var ball = new LayerBallProjection(Network, theta0, Rho, Rho1, frobenius);
        var x = Gaussian(random, Network.ParameterCount, 1);
        VectorOps.Axpy(1, theta0, x);
        var projected = (double[])x.Clone();
        ball.Project(projected);
        for (var l = 1; l <= Network.Depth; l++)
        {
            Assert.That(LayerDistance(projected, theta0, l, frobenius), Is.LessThanOrEqualTo(Rho * (1 + Tolerances.Projection)), $"layer {l}");
        }
        Assert.That(Distance(Network.Layout.Output, projected, theta0), Is.LessThanOrEqualTo(Rho1 * (1 + Tolerances.Projection)));
        // The ball does not constrain biases: the projection leaves them as they are.
        Assert.That(Network.Layout.Bias(1).Of(projected.AsSpan()).ToArray(), Is.EqualTo(Network.Layout.Bias(1).Of(x.AsSpan()).ToArray()));
        var again = (double[])projected.Clone();
        ball.Project(again);
        Assert.That(again, Is.EqualTo(projected).Within(Tolerances.Projection), "a point of the ball stays where it is");
        var residual = x.Zip(projected, (a, b) => a - b).ToArray();
        for (var trial = 0; trial < 20; trial++)
        {
            var y = Gaussian(random, Network.ParameterCount, 0.5);
            VectorOps.Axpy(1, theta0, y);
            ball.Project(y);
            // Biases are fixed at theta_0 by the search; the inequality concerns the ball's own coordinates.
            var dot = VectorOps.Dot(residual, y.Zip(projected, (a, b) => a - b).ToArray());
            Assert.That(dot, Is.LessThanOrEqualTo(Tolerances.Projection), $"trial {trial}");
        }
    }

    [Test]
    public void The_euclidean_projection_clips_radially()
    {
        var random = new Random(4);
        var theta0 = Gaussian(random, 50, 1);
        var ball = new EuclideanBallProjection(theta0, 0.3);
        var x = Gaussian(random, 50, 1);
        var projected = (double[])x.Clone();
        ball.Project(projected);
        Assert.That(VectorOps.Distance(projected, theta0), Is.EqualTo(0.3).Within(Tolerances.Projection));
        for (var trial = 0; trial < 20; trial++)
        {
            var y = Gaussian(random, 50, 0.2);
            VectorOps.Axpy(1, theta0, y);
            ball.Project(y);
            Assert.That(VectorOps.Dot(x.Zip(projected, (a, b) => a - b).ToArray(), y.Zip(projected, (a, b) => a - b).ToArray()),
                Is.LessThanOrEqualTo(Tolerances.Projection));
        }
    }

    private static double LayerDistance(double[] theta, double[] theta0, int layer, bool frobenius)
    {
        var block = Network.Layout.Weight(layer);
        var d = block.Of(theta.AsSpan()).ToArray().Zip(block.Of(theta0.AsSpan()).ToArray(), (a, b) => a - b).ToArray();
        return frobenius ? VectorOps.Norm(d) : Matrix<double>.Build.Dense(block.Rows, block.Cols, d).L2Norm();
    }

    private static double Distance(Block block, double[] theta, double[] theta0) => VectorOps.Distance(block.Of(theta.AsSpan()), block.Of(theta0.AsSpan()));

    private static double[] Gaussian(Random random, int n, double scale)
    {
        var x = new double[n];
        RandomVectors.FillGaussian(random, x);
        VectorOps.Scale(scale, x);
        return x;
    }
}
