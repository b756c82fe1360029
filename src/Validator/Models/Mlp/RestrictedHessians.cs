using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// Hessians H_g = sum_{i in g} w_i grad^2 f_i + sum_{i in g} c_i grad f_i grad f_i^T of groups g of r consecutive
/// samples (r = 1, w = 1, c = 0: the predictor Hessian of each input; r = n: the loss Hessian), each restricted
/// exactly to a subspace that holds its range, so that a vector has about 2 L m r entries instead of p ~ L m^2.
/// <para>
/// Why this is exact: block l of H_g u is R{dL/dW^(l)} = s_l (R{G} X^T + G R{A}^T) with X = alpha^(l-1) and G = G^(l)
/// on the group's columns, fixed at theta (Passes.HessianVector), so range(H_g) lies in
/// S_g = { U Qx^T + Qg W^T per layer } x (biases) x (output), where X = Qx Rx and G = Qg Rg (thin QR).
/// P(U, W) = U Qx^T + Qg ((I - Qx Qx^T) W)^T is a partial isometry onto S_g, so P^T H_g P has the nonzero eigenvalues of
/// H_g and otherwise zeros: its extreme eigenvalues, and ||H_g||_2, are those of H_g.
/// </para>
/// <para>
/// A product needs V X = U Rx and V^T G = Qx (U^T G) + (I - Qx Qx^T) W Rg, so it costs one R-forward and one
/// R-backward GEMM with W^(l) per layer (l &gt;= 2) over all columns in the call, plus O(L m r^2) per group.
/// </para>
/// </summary>
public sealed partial class RestrictedHessians : IRestrictedHessians
{
    private readonly BatchState _base;
    private readonly ReadOnlyMemory<double> _theta;
    private readonly BlasBackend _blas;
    private readonly Architecture _arch;
    private readonly RestrictedSegments _segments;
    private readonly OrthonormalBasis[][] _x;
    private readonly OrthonormalBasis?[][] _g;
    private readonly double[][] _rz;
    private readonly double[][] _ralpha;
    private readonly double[][] _rdelta;
    private readonly double[] _rg;
    private readonly double[] _small;
    private readonly double[] _block;
    private readonly double[] _rw;
    private int Rank => _segments.Rank;

    internal RestrictedHessians(BatchState state, ReadOnlyMemory<double> theta, BlasBackend blas, int groupSize)
    {
        if (groupSize < 1 || state.Count % groupSize != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(groupSize), $"group size must divide n = {state.Count}, got {groupSize}");
        }
        _base = state;
        _theta = theta;
        _blas = blas;
        _arch = state.Network.Architecture;
        _segments = new RestrictedSegments(_arch, groupSize);
        var depth = _arch.Depth;
        var n = state.Count;
        Count = n / groupSize;
        _x = new OrthonormalBasis[Count][];
        _g = new OrthonormalBasis?[Count][];
        for (var group = 0; group < Count; group++)
        {
            _x[group] = new OrthonormalBasis[depth + 1];
            _g[group] = new OrthonormalBasis?[depth + 1];
            for (var l = 1; l <= depth; l++)
            {
                int m = _arch.Width(l), mPrev = _arch.Width(l - 1);
                _x[group][l] = new OrthonormalBasis(Columns(state.ActivationOf(l - 1), mPrev, group), mPrev, groupSize, blas);
                _g[group][l] = l > 1 ? new OrthonormalBasis(Columns(state.G[l], m, group), m, groupSize, blas) : null;
            }
        }
        _rz = new double[depth + 1][];
        _ralpha = new double[depth + 1][];
        _rdelta = new double[depth + 1][];
        for (var l = 1; l <= depth; l++)
        {
            _rz[l] = new double[_arch.Width(l) * n];
            _ralpha[l] = new double[_arch.Width(l) * n];
            _rdelta[l] = new double[_arch.Width(l) * n];
        }
        var widest = Enumerable.Range(0, depth + 1).Max(_arch.Width);
        _rg = new double[widest * n];
        _small = new double[2 * groupSize * groupSize];
        _block = new double[widest * groupSize];
        _rw = new double[groupSize];
    }

    /// <inheritdoc/>
    public int Dimension => _segments.Dimension;

    /// <summary>Number of groups (n for predictor Hessians, 1 for the loss Hessian).</summary>
    public int Count { get; }

    /// <summary>Products applied so far, counted per group (the cost unit of Lanczos).</summary>
    public long Products { get; private set; }

    /// <summary>The network outputs f_i at theta.</summary>
    public ReadOnlySpan<double> Predictions => _base.Predictions;

    /// <inheritdoc/>
    public void Apply(ReadOnlySpan<int> problems, ReadOnlySpan<double> x, Span<double> y)
    {
        var k = problems.Length;
        if (x.Length != Dimension * k || y.Length != Dimension * k)
        {
            throw new ArgumentException($"restricted Hessians of dimension {Dimension} applied to {k} problems with x[{x.Length}], y[{y.Length}]");
        }
        foreach (var group in problems)
        {
            if (group < 0 || group >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(problems), $"group index must lie in 0..{Count - 1}, got {group}");
            }
        }
        Forward(problems, x);
        Output(problems, x, y);
        Backward(problems, x, y);
        Products += k;
    }

    // R{Z^(l)} = s_l (U Rx + W R{A^(l-1)}) + R{b} 1^T;  R{A^(l)} = phi' . R{Z} [+ R{A^(l-1)}]
    private void Forward(ReadOnlySpan<int> problems, ReadOnlySpan<double> x)
    {
        var theta = _theta.Span;
        var (k, dim, r) = (problems.Length, Dimension, Rank);
        for (var l = 1; l <= _arch.Depth; l++)
        {
            int m = _arch.Width(l), mPrev = _arch.Width(l - 1);
            var scale = _arch.LayerScale(l);
            var rz = _rz[l].AsSpan(0, m * r * k);
            if (l > 1)
            {
                _blas.Gemm(Transpose.No, Transpose.No, m, r * k, mPrev, scale, _base.Network.Layout.Weight(l).Of(theta), m,
                    _ralpha[l - 1], mPrev, 0.0, rz, m);
            }
            else
            {
                rz.Clear();
            }
            for (var c = 0; c < k; c++)
            {
                var group = problems[c];
                var coordinates = x.Slice(c * dim, dim);
                var block = rz.Slice(c * m * r, m * r);
                _blas.Gemm(Transpose.No, Transpose.No, m, r, r, scale, _segments.U(coordinates, l), m, _x[group][l].R, r, 1.0, block, m);
                for (var j = 0; j < r && _arch.Biases; j++)
                {
                    VectorOps.Axpy(1.0, _segments.Bias(coordinates, l), block.Slice(j * m, m));
                }
                var ralpha = _ralpha[l].AsSpan(c * m * r, m * r);
                Elementwise.Multiply(Columns(_base.First[l], m, group), block, ralpha);
                if (_arch.HasSkip(l))
                {
                    VectorOps.Axpy(1.0, _ralpha[l - 1].AsSpan(c * mPrev * r, mPrev * r), ralpha);
                }
            }
        }
    }

    // R{f_i} = s_out (alpha_i . u_v + R{alpha_i} . v), R{w_i} = c_i R{f_i}; R{Delta^(L)} = s_out (u_v w^T + v R{w}^T);
    // output coordinates s_out (R{A} w + A R{w}).
    private void Output(ReadOnlySpan<int> problems, ReadOnlySpan<double> x, Span<double> y)
    {
        var v = _base.Network.Layout.Output.Of(_theta.Span);
        var (k, dim, r) = (problems.Length, Dimension, Rank);
        var mL = _arch.Width(_arch.Depth);
        var sOut = _arch.LayerScale(_arch.Depth + 1);
        for (var c = 0; c < k; c++)
        {
            var group = problems[c];
            var uv = _segments.Output(x.Slice(c * dim, dim));
            var yv = _segments.Output(y.Slice(c * dim, dim));
            yv.Clear();
            var alpha = Columns(_base.Alpha[_arch.Depth], mL, group);
            var ralpha = _ralpha[_arch.Depth].AsSpan(c * mL * r, mL * r);
            var rdelta = _rdelta[_arch.Depth].AsSpan(c * mL * r, mL * r);
            for (var j = 0; j < r; j++)
            {
                var sample = group * r + j;
                var (weight, curvature) = (_base.Weights[sample], _base.Curvature[sample]);
                _rw[j] = curvature == 0 ? 0 : curvature * sOut * (VectorOps.Dot(alpha.Slice(j * mL, mL), uv) + VectorOps.Dot(ralpha.Slice(j * mL, mL), v));
                var column = rdelta.Slice(j * mL, mL);
                column.Clear();
                VectorOps.Axpy(sOut * weight, uv, column);
                VectorOps.Axpy(sOut * _rw[j], v, column);
                VectorOps.Axpy(sOut * weight, ralpha.Slice(j * mL, mL), yv);
                VectorOps.Axpy(sOut * _rw[j], alpha.Slice(j * mL, mL), yv);
            }
        }
    }

    // R{G} = R{Delta} . phi' + Delta . phi'' . R{Z}; P^T of M = s_l (R{G} X^T + G R{A}^T): U = s_l (R{G} Rx^T + G (R{A}^T Qx)),
    // W = s_l (I - Qx Qx^T) R{A} Rg^T, bias R{G} 1; R{Delta^(l-1)} = s_l (Qx (U^T G) + (I - Qx Qx^T) W Rg + W_l^T R{G}) [+ R{Delta^(l)}].
    private void Backward(ReadOnlySpan<int> problems, ReadOnlySpan<double> x, Span<double> y)
    {
        var theta = _theta.Span;
        var (k, dim, r) = (problems.Length, Dimension, Rank);
        var small = _small.AsSpan(0, r * r);
        for (var l = _arch.Depth; l >= 1; l--)
        {
            int m = _arch.Width(l), mPrev = _arch.Width(l - 1);
            var scale = _arch.LayerScale(l);
            var rg = _rg.AsSpan(0, m * r * k);
            for (var c = 0; c < k; c++)
            {
                var group = problems[c];
                var (basisX, basisG) = (_x[group][l], _g[group][l]);
                var output = y.Slice(c * dim, dim);
                var block = rg.Slice(c * m * r, m * r);
                Elementwise.Multiply(_rdelta[l].AsSpan(c * m * r, m * r), Columns(_base.First[l], m, group), block);
                Elementwise.AddTripleProduct(Columns(_base.Delta[l], m, group), Columns(_base.Second[l], m, group), _rz[l].AsSpan(c * m * r, m * r), block);
                var u = _segments.U(output, l);
                _blas.Gemm(Transpose.No, Transpose.Yes, m, r, r, scale, block, m, basisX.R, r, 0.0, u, m);
                if (_arch.Biases)
                {
                    Elementwise.RowSums(block, m, r, 1.0, _segments.Bias(output, l));
                }
                if (basisG is null)
                {
                    continue;
                }
                var ralpha = _ralpha[l - 1].AsSpan(c * mPrev * r, mPrev * r);
                _blas.Gemm(Transpose.Yes, Transpose.No, r, r, mPrev, 1.0, ralpha, mPrev, basisX.Q, mPrev, 0.0, small, r);
                _blas.Gemm(Transpose.No, Transpose.No, m, r, r, scale, Columns(_base.G[l], m, group), m, small, r, 1.0, u, m);
                var w = _segments.W(output, l);
                _blas.Gemm(Transpose.No, Transpose.Yes, mPrev, r, r, scale, ralpha, mPrev, basisG.R, r, 0.0, w, mPrev);
                basisX.ProjectOut(w, _small.AsSpan(r * r, r * r), _blas);
            }
            if (l == 1)
            {
                break;
            }
            var previous = _rdelta[l - 1].AsSpan(0, mPrev * r * k);
            _blas.Gemm(Transpose.Yes, Transpose.No, mPrev, r * k, m, scale, _base.Network.Layout.Weight(l).Of(theta), m, rg, m, 0.0, previous, mPrev);
            for (var c = 0; c < k; c++)
            {
                var group = problems[c];
                var (basisX, basisG) = (_x[group][l], _g[group][l]!);
                var coordinates = x.Slice(c * dim, dim);
                var block = previous.Slice(c * mPrev * r, mPrev * r);
                _blas.Gemm(Transpose.Yes, Transpose.No, r, r, m, 1.0, _segments.U(coordinates, l), m, Columns(_base.G[l], m, group), m, 0.0, small, r);
                _blas.Gemm(Transpose.No, Transpose.No, mPrev, r, r, scale, basisX.Q, mPrev, small, r, 1.0, block, mPrev);
                var projected = _block.AsSpan(0, mPrev * r);
                _blas.Gemm(Transpose.No, Transpose.No, mPrev, r, r, 1.0, _segments.W(coordinates, l), mPrev, basisG.R, r, 0.0, projected, mPrev);
                basisX.ProjectOut(projected, _small.AsSpan(r * r, r * r), _blas);
                VectorOps.Axpy(scale, projected, block);
                if (_arch.HasSkip(l))
                {
                    VectorOps.Axpy(1.0, _rdelta[l].AsSpan(c * m * r, m * r), block);
                }
            }
        }
    }

    // The r columns of a group inside a rows x n sample matrix.
    private ReadOnlySpan<double> Columns(ReadOnlySpan<double> matrix, int rows, int group) => matrix.Slice(group * Rank * rows, Rank * rows);
}
