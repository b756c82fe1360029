using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Geometry;

/// <summary>Points on the boundary of the balls around theta_0 that the theorems quantify over (Banerjee et al., arXiv:2209.15106v1, Theorem 4.1).</summary>
internal static class BallPoints
{
    /// <summary>
    /// Points of B_Spec(rho, rho1; theta_0) with every layer on its boundary: W_l + rho U_l with ||U_l||_2 = 1 and
    /// v + rho1 u with ||u|| = 1. Directions: the top singular pair of each W_l (u w^T, which raises ||W_l||_2 by
    /// exactly rho and so realises the largest gamma the ball allows), and random signed permutations (orthogonal
    /// matrices: every singular value is 1).
    /// </summary>
    public static IEnumerable<(string Label, double[] Theta)> SpectralBoundary(ILayerBlocks layers, double[] theta0, double rho, double rho1, int seed)
    {
        yield return ("spectral-ball boundary: top singular directions", Shift(layers, theta0, rho, rho1, (l, rows, cols, w) => TopSingular(w, rows, cols), outputAligned: true, seed));
        for (var k = 1; k <= 2; k++)
        {
            var rng = new Xoshiro256StarStar((ulong)(seed * 7919 + k));
            yield return ($"spectral-ball boundary: random orthogonal directions #{k}", Shift(layers, theta0, rho, rho1, (l, rows, cols, w) => SignedPermutation(rows, cols, rng), outputAligned: false, seed + k));
        }
    }

    /// <summary>Points at Euclidean distance <paramref name="radius"/> (and half of it) from theta_0 in random directions.</summary>
    public static IEnumerable<(string Label, double[] Theta)> Euclidean(double[] theta0, double radius, int count, int seed)
    {
        for (var k = 1; k <= count; k++)
        {
            var direction = RandomVectors.UnitGaussian(theta0.Length, seed * 104729 + k);
            var scale = k % 2 == 1 ? radius : radius / 2;
            var theta = (double[])theta0.Clone();
            VectorOps.Axpy(scale, direction, theta);
            yield return ($"euclidean ball: random direction #{k} at radius {scale:G4}", theta);
        }
    }

    private static double[] Shift(ILayerBlocks layers, double[] theta0, double rho, double rho1,
        Func<int, int, int, double[], double[]> direction, bool outputAligned, int seed)
    {
        var theta = (double[])theta0.Clone();
        for (var l = 1; l <= layers.Weights.Count; l++)
        {
            var block = layers.Weights[l - 1];
            var w = block.Of(theta0.AsSpan()).ToArray();
            var u = direction(l, block.Rows, block.Cols, w);
            VectorOps.Axpy(rho, u, block.Of(theta.AsSpan()));
        }
        var output = layers.Output;
        var v = output.Of(theta0.AsSpan()).ToArray();
        var unit = outputAligned && VectorOps.Norm(v) > 0 ? v : RandomVectors.UnitGaussian(v.Length, seed);
        VectorOps.Scale(1 / VectorOps.Norm(unit), unit);
        VectorOps.Axpy(rho1, unit, output.Of(theta.AsSpan()));
        return theta;
    }

    // u w^T for the top singular pair of W (rows x cols, column-major): ||u w^T||_2 = 1.
    private static double[] TopSingular(double[] w, int rows, int cols)
    {
        var matrix = new DenseMatrixOperator(rows, cols, w);
        var gram = new GramOperator(matrix);
        var result = Lanczos.Run(gram, new LanczosOptions(1e-10, 300, 1, SpectrumEnd.Largest, ComputeVectors: true));
        var vector = result.Largest.Vector ?? throw new InvalidOperationException("Lanczos returned no Ritz vector");
        // The Gram operator works on the smaller side: its Ritz vector is the right singular vector of a tall W, the left of a wide one.
        var (left, right) = gram.UsesColumns ? (new double[rows], vector) : (vector, new double[cols]);
        if (gram.UsesColumns)
        {
            matrix.Apply(right, left);
            VectorOps.Scale(1 / VectorOps.Norm(left), left);
        }
        else
        {
            matrix.ApplyTranspose(left, right);
            VectorOps.Scale(1 / VectorOps.Norm(right), right);
        }
        var outer = new double[rows * cols];
        for (var j = 0; j < cols; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                outer[j * rows + i] = left[i] * right[j];
            }
        }
        return outer;
    }

    // A rows x cols matrix with orthonormal columns (cols <= rows) or rows: one +-1 per column in distinct rows.
    private static double[] SignedPermutation(int rows, int cols, Xoshiro256StarStar rng)
    {
        var n = Math.Max(rows, cols);
        var perm = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = (int)(rng.NextUInt64() % (ulong)(i + 1));
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        var matrix = new double[rows * cols];
        for (var k = 0; k < n; k++)
        {
            var (i, j) = rows >= cols ? (perm[k], k) : (k, perm[k]);
            if (i < rows && j < cols)
            {
                matrix[j * rows + i] = rng.NextDouble() < 0.5 ? -1 : 1;
            }
        }
        return matrix;
    }
}
