using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>The Jacobian J (n x p) of the outputs and the empirical NTK Gram matrix K = J J^T.</summary>
public static class Tangents
{
    /// <summary>
    /// K = J J^T (n x n, column-major) without forming J: the gradient of f_i in W^(l) is s_l g_i a_i^T, so
    /// K = sum_l s_l^2 (G^T G) . (A^T A) [+ G^T G for biases] + s_out^2 A_L^T A_L (. = Hadamard product).
    /// </summary>
    public static double[] NtkGram(BatchEvaluator evaluator, ReadOnlySpan<double> theta)
    {
        var gram = new double[evaluator.Count * evaluator.Count];
        Gram(evaluator.PerSampleState(theta), evaluator.Blas, gram);
        return gram;
    }

    /// <summary>K from a per-sample state (Backward run with unit weights) into <paramref name="gram"/> (n x n).</summary>
    internal static void Gram(BatchState s, BlasBackend blas, Span<double> gram)
    {
        var arch = s.Network.Architecture;
        var n = s.Count;
        gram[..(n * n)].Clear();
        var gg = new double[n * n];
        var aa = new double[n * n];
        for (var l = 1; l <= arch.Depth; l++)
        {
            int m = arch.Width(l), k = arch.Width(l - 1);
            var scale = arch.LayerScale(l);
            blas.Gemm(Transpose.Yes, Transpose.No, n, n, m, 1.0, s.G[l], m, s.G[l], m, 0.0, gg, n);
            blas.Gemm(Transpose.Yes, Transpose.No, n, n, k, scale * scale, s.ActivationOf(l - 1), k, s.ActivationOf(l - 1), k, 0.0, aa, n);
            Elementwise.AddProduct(gg, aa, gram);
            if (s.Network.Layout.HasBiases)
            {
                Elementwise.Add(gg, gram);
            }
        }
        var mL = arch.Width(arch.Depth);
        var sOut = arch.LayerScale(arch.Depth + 1);
        blas.Gemm(Transpose.Yes, Transpose.No, n, n, mL, sOut * sOut, s.Alpha[arch.Depth], mL, s.Alpha[arch.Depth], mL, 1.0, gram, n);
    }

    /// <summary>J (n x p, column-major): row i is grad f(theta; x_i). Only for small n p.</summary>
    public static double[] Jacobian(BatchEvaluator evaluator, ReadOnlySpan<double> theta)
    {
        var network = evaluator.Network;
        var n = evaluator.Count;
        if ((long)n * network.ParameterCount > 1L << 27)
        {
            throw new ArgumentOutOfRangeException(nameof(evaluator),
                $"J would hold n x p = {n} x {network.ParameterCount} entries; use NtkGram or WeightedGradient instead");
        }
        var s = evaluator.PerSampleState(theta);
        var arch = network.Architecture;
        var layout = network.Layout;
        var p = network.ParameterCount;
        var jacobian = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            for (var l = 1; l <= arch.Depth; l++)
            {
                int m = arch.Width(l), k = arch.Width(l - 1);
                var scale = arch.LayerScale(l);
                var g = s.G[l].AsSpan(i * m, m);
                var a = s.ActivationOf(l - 1).Slice(i * k, k);
                var offset = layout.Weight(l).Offset;
                for (var c = 0; c < k; c++)
                {
                    for (var r = 0; r < m; r++)
                    {
                        jacobian[i + (offset + r + c * m) * n] = scale * g[r] * a[c];
                    }
                }
                if (layout.HasBiases)
                {
                    for (var r = 0; r < m; r++)
                    {
                        jacobian[i + (layout.Bias(l).Offset + r) * n] = g[r];
                    }
                }
            }
            var mL = arch.Width(arch.Depth);
            var sOut = arch.LayerScale(arch.Depth + 1);
            for (var r = 0; r < mL; r++)
            {
                jacobian[i + (layout.Output.Offset + r) * n] = sOut * s.Alpha[arch.Depth][i * mL + r];
            }
        }
        return jacobian;
    }
}
