using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;
using MathNet.Numerics.LinearAlgebra;

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
    /// invariant Frobenius norm), and v moves back along v - v_0.
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
        foreach (var block in layers.Weights)
        {
            ClipSingularValues(block, result, theta0, rho);
        }
        var output = layers.Output;
        Euclidean(output.Of(theta), output.Of(theta0), rho1).CopyTo(output.Of(result.AsSpan()));
        return result;
    }

    // W := W_0 + U min(S, rho) V^T where W - W_0 = U S V^T; untouched when ||W - W_0||_2 <= rho already.
    private static void ClipSingularValues(Block block, double[] theta, ReadOnlySpan<double> theta0, double rho)
    {
        var w = block.Of(theta.AsSpan());
        var w0 = block.Of(theta0);
        var difference = new double[block.Length];
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] = w[i] - w0[i];
        }
        var svd = Matrix<double>.Build.Dense(block.Rows, block.Cols, difference).Svd(computeVectors: true);
        if (svd.S.Count == 0 || svd.S[0] <= rho)
        {
            return;
        }
        var clipped = svd.S.Map(s => Math.Min(s, rho));
        var k = clipped.Count;
        var u = svd.U.SubMatrix(0, block.Rows, 0, k);
        var vt = svd.VT.SubMatrix(0, k, 0, block.Cols);
        var projected = u * Matrix<double>.Build.DiagonalOfDiagonalVector(clipped) * vt;
        var values = projected.ToColumnMajorArray();
        for (var i = 0; i < values.Length; i++)
        {
            w[i] = w0[i] + values[i];
        }
    }

    private static void CheckRadius(double radius, string name)
    {
        if (!(radius >= 0) || double.IsInfinity(radius))
        {
            throw new ArgumentOutOfRangeException(name, $"{name} must be >= 0 and finite, got {radius}");
        }
    }
}
