using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Geometry;

/// <summary>
/// Nearest points (in the Euclidean norm of theta) of the balls around theta_0 that the theorems quantify over: what a
/// projected search inside a ball steps back onto. Both balls are convex, so the nearest point is unique.
/// </summary>
public static class BallProjection
{
    /// <summary>theta_0 + (theta - theta_0) min(1, R / ||theta - theta_0||): the nearest point of B_Euc(theta_0, R).</summary>
    public static double[] Euclidean(ReadOnlySpan<double> theta, ReadOnlySpan<double> theta0, double radius)
    {
        CheckRadius(radius, nameof(radius));
        var result = theta.ToArray();
        var distance = VectorOps.Distance(theta, theta0);
        if (distance > radius)
        {
            var keep = radius / distance;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = theta0[i] + keep * (theta[i] - theta0[i]);
            }
        }
        return result;
    }

    /// <summary>
    /// The nearest point of B_Spec(rho, rho1; theta_0) = { ||W_l - W_l(0)||_2 &lt;= rho for every l, ||v - v_0||_2 &lt;= rho1 }
    /// (Banerjee et al., arXiv:2209.15106v1; other parameters, such as biases, are not constrained). The ball is a product of one ball per
    /// block, so each block is projected alone: the Frobenius-nearest matrix of spectral norm at most rho to
    /// D = W_l - W_l(0) = U S V^T is U min(S, rho) V^T (singular values clipped; Mirsky's theorem for the unitarily
    /// invariant Frobenius norm; computed by LayerBallProjection from the eigenpairs of D^T D above rho^2), and v moves back along v - v_0.
    /// </summary>
    public static double[] Spectral(ILayerBlocks layers, ReadOnlySpan<double> theta, ReadOnlySpan<double> theta0, double rho, double rho1)
    {
        CheckRadius(rho, nameof(rho));
        CheckRadius(rho1, nameof(rho1));
        if (theta.Length != layers.ParameterCount || theta0.Length != layers.ParameterCount)
        {
            throw new ArgumentException($"theta has {theta.Length} and theta_0 {theta0.Length} entries, the model p = {layers.ParameterCount}");
        }
        var result = theta.ToArray();
        new LayerBallProjection(layers, theta0.ToArray(), rho, rho1, frobenius: false).Project(result);
        return result;
    }

    private static void CheckRadius(double radius, string name)
    {
        if (!(radius >= 0) || double.IsInfinity(radius))
        {
            throw new ArgumentOutOfRangeException(name, $"{name} must be >= 0 and finite, got {radius}");
        }
    }
}
