using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// The batched passes, every layer one GEMM over all n samples. Notation (docs/derivations.md, the model): z^(l) = s_l W^(l) alpha^(l-1)
/// + b^(l), alpha^(l) = phi(z^(l)) [+ alpha^(l-1) with a skip], f = s_out v^T alpha^(L); backward with per-sample
/// weights w_i = dL/df_i: Delta^(L) = s_out v w^T, G^(l) = Delta^(l) . phi'(z^(l)), dL/dW^(l) = s_l G^(l) alpha^(l-1)^T,
/// Delta^(l-1) = s_l W^(l)^T G^(l) [+ Delta^(l)]. R{.} is the directional derivative along u (Pearlmutter's R-operator).
/// </summary>
internal static class Passes
{
    /// <summary>Fills alpha^(l) (and phi', phi'' when <paramref name="derivatives"/>) and the predictions.</summary>
    public static void Forward(BatchState s, ReadOnlySpan<double> theta, BlasBackend blas, bool derivatives)
    {
        var arch = s.Network.Architecture;
        var layout = s.Network.Layout;
        var n = s.Count;
        for (var l = 1; l <= arch.Depth; l++)
        {
            int m = arch.Width(l), k = arch.Width(l - 1);
            var z = s.Scratch.AsSpan(0, m * n);
            blas.Gemm(Transpose.No, Transpose.No, m, n, k, arch.LayerScale(l), layout.Weight(l).Of(theta), m,
                s.ActivationOf(l - 1), k, 0.0, z, m);
            if (layout.HasBiases)
            {
                Elementwise.AddToColumns(layout.Bias(l).Of(theta), z, m, n);
            }
            if (derivatives)
            {
                arch.Activation.Evaluate(z, s.Alpha[l], s.First[l], s.Second[l]);
            }
            else
            {
                arch.Activation.Apply(z, s.Alpha[l]);
            }
            if (arch.HasSkip(l))
            {
                Elementwise.Add(s.ActivationOf(l - 1), s.Alpha[l]);
            }
        }
        var width = arch.Width(arch.Depth);
        blas.Gemv(Transpose.Yes, width, n, arch.LayerScale(arch.Depth + 1), s.Alpha[arch.Depth], width,
            layout.Output.Of(theta), 0.0, s.Predictions);
    }

    /// <summary>
    /// Backpropagates the weights s.Weights, filling Delta^(l), G^(l) and (unless <paramref name="gradient"/> is
    /// empty) the gradient sum_i w_i grad f_i.
    /// </summary>
    public static void Backward(BatchState s, ReadOnlySpan<double> theta, Span<double> gradient, BlasBackend blas)
    {
        var arch = s.Network.Architecture;
        var layout = s.Network.Layout;
        var n = s.Count;
        var depth = arch.Depth;
        var withGradient = !gradient.IsEmpty;
        var sOut = arch.LayerScale(depth + 1);
        var v = layout.Output.Of(theta);
        Elementwise.Outer(sOut, v, s.Weights, s.Delta[depth], accumulate: false);
        if (withGradient)
        {
            OutputGradient(s, s.Weights, gradient, blas);
        }
        for (var l = depth; l >= 1; l--)
        {
            int m = arch.Width(l), k = arch.Width(l - 1);
            var scale = arch.LayerScale(l);
            Elementwise.Multiply(s.Delta[l], s.First[l], s.G[l]);
            if (withGradient)
            {
                LayerGradient(s, l, s.G[l], gradient, blas);
            }
            if (l > 1)
            {
                blas.Gemm(Transpose.Yes, Transpose.No, k, n, m, scale, layout.Weight(l).Of(theta), m, s.G[l], m, 0.0, s.Delta[l - 1], k);
                if (arch.HasSkip(l))
                {
                    Elementwise.Add(s.Delta[l], s.Delta[l - 1]);
                }
            }
        }
    }

    /// <summary>
    /// sum_i w_i grad f_i from a per-sample state (Backward run with unit weights): the backward pass is linear in each
    /// sample's weight, so dL/dW^(l) = s_l (G^(l) diag(w)) alpha^(l-1)^T, dL/db^(l) = G^(l) w, dL/dv = s_out alpha^(L) w.
    /// </summary>
    public static void GradientFromPerSample(BatchState s, ReadOnlySpan<double> weights, Span<double> gradient, BlasBackend blas)
    {
        var arch = s.Network.Architecture;
        var n = s.Count;
        OutputGradient(s, weights, gradient, blas);
        for (var l = 1; l <= arch.Depth; l++)
        {
            var m = arch.Width(l);
            var scaled = s.Scratch.AsSpan(0, m * n);
            for (var i = 0; i < n; i++)
            {
                var column = scaled.Slice(i * m, m);
                s.G[l].AsSpan(i * m, m).CopyTo(column);
                VectorOps.Scale(weights[i], column);
            }
            LayerGradient(s, l, scaled, gradient, blas);
        }
    }

    // dL/dv = s_out alpha^(L) w.
    private static void OutputGradient(BatchState s, ReadOnlySpan<double> weights, Span<double> gradient, BlasBackend blas)
    {
        var arch = s.Network.Architecture;
        var width = arch.Width(arch.Depth);
        blas.Gemv(Transpose.No, width, s.Count, arch.LayerScale(arch.Depth + 1), s.Alpha[arch.Depth], width, weights, 0.0,
            s.Network.Layout.Output.Of(gradient));
    }

    // dL/dW^(l) = s_l G alpha^(l-1)^T and dL/db^(l) = G 1 for the (already weighted) dz-gradients G of layer l.
    private static void LayerGradient(BatchState s, int l, ReadOnlySpan<double> g, Span<double> gradient, BlasBackend blas)
    {
        var arch = s.Network.Architecture;
        var layout = s.Network.Layout;
        int m = arch.Width(l), k = arch.Width(l - 1);
        blas.Gemm(Transpose.No, Transpose.Yes, m, k, s.Count, arch.LayerScale(l), g, m, s.ActivationOf(l - 1), k, 0.0,
            layout.Weight(l).Of(gradient), m);
        if (layout.HasBiases)
        {
            Elementwise.RowSums(g, m, s.Count, 1.0, layout.Bias(l).Of(gradient));
        }
    }

    /// <summary>
    /// y = (sum_i w_i grad^2 f_i + sum_i c_i grad f_i grad f_i^T) u, given Forward (with derivatives) and Backward
    /// at theta: the R-forward pass gives R{z}, R{alpha}, R{f}; R{w_i} = c_i R{f_i}; the R-backward pass
    /// differentiates every line of Backward along u.
    /// </summary>
    public static void HessianVector(BatchState s, ReadOnlySpan<double> theta, ReadOnlySpan<double> u, Span<double> y, BlasBackend blas)
    {
        var arch = s.Network.Architecture;
        var layout = s.Network.Layout;
        var n = s.Count;
        var depth = arch.Depth;
        s.EnsureDirectional();
        for (var l = 1; l <= depth; l++)
        {
            int m = arch.Width(l), k = arch.Width(l - 1);
            var scale = arch.LayerScale(l);
            // R{z} = s_l (U A^(l-1) + W R{A^(l-1)}) + R{b} 1^T
            blas.Gemm(Transpose.No, Transpose.No, m, n, k, scale, layout.Weight(l).Of(u), m, s.ActivationOf(l - 1), k, 0.0, s.RZ[l], m);
            if (l > 1)
            {
                blas.Gemm(Transpose.No, Transpose.No, m, n, k, scale, layout.Weight(l).Of(theta), m, s.RAlpha[l - 1], k, 1.0, s.RZ[l], m);
            }
            if (layout.HasBiases)
            {
                Elementwise.AddToColumns(layout.Bias(l).Of(u), s.RZ[l], m, n);
            }
            Elementwise.Multiply(s.First[l], s.RZ[l], s.RAlpha[l]);
            if (arch.HasSkip(l))
            {
                Elementwise.Add(s.RAlpha[l - 1], s.RAlpha[l]);
            }
        }
        int mL = arch.Width(depth);
        var sOut = arch.LayerScale(depth + 1);
        var v = layout.Output.Of(theta);
        var uv = layout.Output.Of(u);
        // R{f} = s_out (A^T u_v + R{A}^T v),  R{w} = c . R{f}
        blas.Gemv(Transpose.Yes, mL, n, sOut, s.Alpha[depth], mL, uv, 0.0, s.RPredictions);
        blas.Gemv(Transpose.Yes, mL, n, sOut, s.RAlpha[depth], mL, v, 1.0, s.RPredictions);
        Elementwise.Multiply(s.Curvature, s.RPredictions, s.RWeights);
        // R{Delta^(L)} = s_out (u_v w^T + v R{w}^T),  R{grad_v} = s_out (R{A} w + A R{w})
        Elementwise.Outer(sOut, uv, s.Weights, s.RDelta[depth], accumulate: false);
        Elementwise.Outer(sOut, v, s.RWeights, s.RDelta[depth], accumulate: true);
        var yv = layout.Output.Of(y);
        blas.Gemv(Transpose.No, mL, n, sOut, s.RAlpha[depth], mL, s.Weights, 0.0, yv);
        blas.Gemv(Transpose.No, mL, n, sOut, s.Alpha[depth], mL, s.RWeights, 1.0, yv);
        for (var l = depth; l >= 1; l--)
        {
            int m = arch.Width(l), k = arch.Width(l - 1);
            var scale = arch.LayerScale(l);
            // R{G} = R{Delta} . phi'(z) + Delta . phi''(z) . R{z}
            Elementwise.Multiply(s.RDelta[l], s.First[l], s.RG[l]);
            Elementwise.AddTripleProduct(s.Delta[l], s.Second[l], s.RZ[l], s.RG[l]);
            // R{grad W} = s_l (R{G} A^T + G R{A}^T)
            var yw = layout.Weight(l).Of(y);
            blas.Gemm(Transpose.No, Transpose.Yes, m, k, n, scale, s.RG[l], m, s.ActivationOf(l - 1), k, 0.0, yw, m);
            if (l > 1)
            {
                blas.Gemm(Transpose.No, Transpose.Yes, m, k, n, scale, s.G[l], m, s.RAlpha[l - 1], k, 1.0, yw, m);
            }
            if (layout.HasBiases)
            {
                Elementwise.RowSums(s.RG[l], m, n, 1.0, layout.Bias(l).Of(y));
            }
            if (l > 1)
            {
                // R{Delta^(l-1)} = s_l (U^T G + W^T R{G}) [+ R{Delta^(l)}]
                blas.Gemm(Transpose.Yes, Transpose.No, k, n, m, scale, layout.Weight(l).Of(u), m, s.G[l], m, 0.0, s.RDelta[l - 1], k);
                blas.Gemm(Transpose.Yes, Transpose.No, k, n, m, scale, layout.Weight(l).Of(theta), m, s.RG[l], m, 1.0, s.RDelta[l - 1], k);
                if (arch.HasSkip(l))
                {
                    Elementwise.Add(s.RDelta[l], s.RDelta[l - 1]);
                }
            }
        }
    }
}
