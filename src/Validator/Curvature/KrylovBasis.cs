using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Orthonormal basis q_0..q_{k-1} of R^n stored as contiguous column-major n x b blocks, so projections are BLAS
/// GEMVs. Blocks are allocated uninitialised and only when needed: a run never copies the basis, and columns not
/// yet written are never touched (they add address space, not resident memory).
/// </summary>
internal sealed class KrylovBasis
{
    private const int MaxBlockColumns = 16;
    private const double Reorthogonalise = 0.7071067811865476;
    private readonly int n;
    private readonly int blockColumns;
    private readonly List<double[]> blocks = [];
    private readonly double[] coefficients;
    private readonly BlasBackend blas;

    public KrylovBasis(int dimension, int capacity, BlasBackend blas)
    {
        n = dimension;
        this.blas = blas;
        blockColumns = (int)Math.Clamp(Array.MaxLength / (long)n, 1, Math.Min(MaxBlockColumns, Math.Max(1, capacity)));
        coefficients = new double[Math.Max(1, capacity)];
    }

    /// <summary>Number of stored vectors.</summary>
    public int Count { get; private set; }

    /// <summary>q_j.</summary>
    public Span<double> this[int j] => blocks[j / blockColumns].AsSpan(j % blockColumns * n, n);

    /// <summary>Appends a copy of <paramref name="q"/> (assumed unit and orthogonal to the basis).</summary>
    public void Add(ReadOnlySpan<double> q)
    {
        if (Count == coefficients.Length)
        {
            throw new InvalidOperationException($"Krylov basis is full ({Count} vectors)");
        }
        if (Count == blocks.Count * blockColumns)
        {
            blocks.Add(GC.AllocateUninitializedArray<double>(blockColumns * n));
        }
        q.CopyTo(this[Count]);
        Count++;
    }

    /// <summary>
    /// Orthogonalises w = A q_{k-1} against the basis and returns alpha = q_{k-1}^T A q_{k-1}: first the local
    /// three-term step w -= beta q_{k-2} + alpha q_{k-1}, then full classical Gram-Schmidt w -= Q (Q^T w) as two
    /// GEMVs per block, repeated once only when it removed a large part of w (the DGKS criterion
    /// ||w_new|| &lt; ||w_old|| / sqrt 2, Daniel, Gragg, Kaufman and Stewart 1976), so the basis is read twice per
    /// step instead of four times while staying orthogonal to working precision.
    /// </summary>
    public double Orthogonalise(Span<double> w, double previousBeta)
    {
        var current = this[Count - 1];
        if (Count >= 2)
        {
            blas.Axpy(-previousBeta, this[Count - 2], w);
        }
        double alpha = blas.Dot(current, w);
        blas.Axpy(-alpha, current, w);
        double norm = blas.Nrm2(w);
        for (int pass = 0; pass < 2; pass++)
        {
            alpha += Project(w);
            double projected = blas.Nrm2(w);
            if (projected >= Reorthogonalise * norm)
            {
                break;
            }
            norm = projected;
        }
        return alpha;
    }

    // w -= Q (Q^T w): all of h = Q^T w first (classical Gram-Schmidt), then the update; returns h_{k-1}.
    private double Project(Span<double> w)
    {
        var h = coefficients.AsSpan(0, Count);
        for (int b = 0; b < blocks.Count; b++)
        {
            int columns = Columns(b);
            blas.Gemv(Transpose.Yes, n, columns, 1.0, blocks[b], n, w, 0.0, h.Slice(b * blockColumns, columns));
        }
        for (int b = 0; b < blocks.Count; b++)
        {
            int columns = Columns(b);
            blas.Gemv(Transpose.No, n, columns, -1.0, blocks[b], n, h.Slice(b * blockColumns, columns), 1.0, w);
        }
        return h[Count - 1];
    }

    /// <summary>y = sum_j c_j q_j (a Ritz vector from the coefficients of an eigenvector of T).</summary>
    public double[] Combine(ReadOnlySpan<double> c)
    {
        var y = new double[n];
        for (int b = 0; b * blockColumns < c.Length; b++)
        {
            int columns = Math.Min(blockColumns, c.Length - b * blockColumns);
            blas.Gemv(Transpose.No, n, columns, 1.0, blocks[b], n, c.Slice(b * blockColumns, columns), 1.0, y);
        }
        return y;
    }

    private int Columns(int block) => Math.Min(blockColumns, Count - block * blockColumns);
}
