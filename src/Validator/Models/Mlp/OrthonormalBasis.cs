using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// A = Q R for a rows x r block A (column-major): Q has orthonormal or zero columns (a column whose part orthogonal to
/// the earlier ones vanishes becomes zero, so Q^T Q is diagonal with 0/1 entries) and R = Q^T A is r x r, so A = Q R
/// whenever A's columns lie in range(Q). Gram-Schmidt run twice per column (Giraud et al. 2005: twice is enough).
/// </summary>
internal sealed class OrthonormalBasis
{
    // Relative to the block's largest column: below this a remainder is rounding noise of earlier columns.
    private const double Dependence = 1e-13;

    public OrthonormalBasis(ReadOnlySpan<double> a, int rows, int rank, BlasBackend blas)
    {
        Rows = rows;
        Rank = rank;
        Q = a[..(rows * rank)].ToArray();
        var scale = 0.0;
        for (var j = 0; j < rank; j++)
        {
            scale = Math.Max(scale, VectorOps.Norm(Q.AsSpan(j * rows, rows)));
        }
        for (var j = 0; j < rank; j++)
        {
            var column = Q.AsSpan(j * rows, rows);
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 0; i < j; i++)
                {
                    var previous = Q.AsSpan(i * rows, rows);
                    VectorOps.Axpy(-VectorOps.Dot(previous, column), previous, column);
                }
            }
            var norm = VectorOps.Norm(column);
            if (norm <= Dependence * scale || norm == 0)
            {
                column.Clear();
            }
            else
            {
                VectorOps.Scale(1 / norm, column);
            }
        }
        R = new double[rank * rank];
        blas.Gemm(Transpose.Yes, Transpose.No, rank, rank, rows, 1.0, Q, rows, a, rows, 0.0, R, rank);
    }

    public int Rows { get; }

    public int Rank { get; }

    /// <summary>rows x r, column-major.</summary>
    public double[] Q { get; }

    /// <summary>r x r, column-major: Q^T A.</summary>
    public double[] R { get; }

    /// <summary>Z -= Q (Q^T Z) for a rows x r block Z (the projector onto range(Q)'s complement).</summary>
    public void ProjectOut(Span<double> z, Span<double> work, BlasBackend blas)
    {
        blas.Gemm(Transpose.Yes, Transpose.No, Rank, Rank, Rows, 1.0, Q, Rows, z, Rows, 0.0, work, Rank);
        blas.Gemm(Transpose.No, Transpose.No, Rows, Rank, Rank, -1.0, Q, Rows, work, Rank, 1.0, z, Rows);
    }
}
