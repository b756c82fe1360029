using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>From restricted coordinates back to parameter space.</summary>
public sealed partial class RestrictedHessians
{
    /// <summary>
    /// theta-space vector P(x) of group <paramref name="group"/>'s coordinates x: per layer U Qx^T + Qg ((I - Qx Qx^T) W)^T,
    /// the bias and output coordinates as they are, everything else 0. P is an isometry on the range of P^T (where every
    /// eigenvector of a nonzero eigenvalue of the restriction lies), so P maps such an eigenvector u of P^T H P to the unit
    /// eigenvector P u of H with the same eigenvalue: what the eigenvalue gradient u^T (dH) u needs.
    /// </summary>
    public double[] Lift(int group, ReadOnlySpan<double> coordinates)
    {
        if (group < 0 || group >= Count || coordinates.Length != Dimension)
        {
            throw new ArgumentException($"lift of group {group} (0..{Count - 1}) from {coordinates.Length} coordinates (dimension {Dimension})");
        }
        var layout = _base.Network.Layout;
        var full = new double[layout.Count];
        var r = Rank;
        for (var l = 1; l <= _arch.Depth; l++)
        {
            int m = _arch.Width(l), mPrev = _arch.Width(l - 1);
            var block = layout.Weight(l).Of(full.AsSpan());
            _blas.Gemm(Transpose.No, Transpose.Yes, m, mPrev, r, 1.0, _segments.U(coordinates, l), m, _x[group][l].Q, mPrev, 0.0, block, m);
            if (_g[group][l] is { } basisG)
            {
                var w = _segments.W(coordinates, l).ToArray();
                _x[group][l].ProjectOut(w, new double[r * r], _blas);
                _blas.Gemm(Transpose.No, Transpose.Yes, m, mPrev, r, 1.0, basisG.Q, m, w, mPrev, 1.0, block, m);
            }
            if (_arch.Biases)
            {
                _segments.Bias(coordinates, l).CopyTo(layout.Bias(l).Of(full.AsSpan()));
            }
        }
        _segments.Output(coordinates).CopyTo(layout.Output.Of(full.AsSpan()));
        return full;
    }
}
