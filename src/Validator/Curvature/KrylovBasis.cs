namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Orthonormal basis q_0..q_{k-1} of R^n stored contiguously (row j = q_j), grown in chunks so a run
/// allocates only when the basis outgrows its storage, never per iteration.
/// </summary>
internal sealed class KrylovBasis
{
    private const int Chunk = 32;
    private readonly int n;
    private double[] storage;

    public KrylovBasis(int dimension, int expected)
    {
        n = dimension;
        storage = new double[(long)Math.Max(1, Math.Min(expected, Chunk)) * n];
    }

    /// <summary>Number of stored vectors.</summary>
    public int Count { get; private set; }

    /// <summary>q_j.</summary>
    public Span<double> this[int j] => storage.AsSpan(j * n, n);

    /// <summary>Appends a copy of <paramref name="q"/> (assumed unit and orthogonal to the basis).</summary>
    public void Add(ReadOnlySpan<double> q)
    {
        if ((long)(Count + 1) * n > storage.Length)
        {
            Array.Resize(ref storage, checked((Count + Chunk) * n));
        }
        q.CopyTo(this[Count]);
        Count++;
    }

    /// <summary>
    /// w -= Q (Q^T w), twice (classical Gram-Schmidt with one reorthogonalisation: "twice is enough",
    /// Giraud et al. 2005); returns the coefficient of w along the last basis vector summed over both passes.
    /// </summary>
    public double Orthogonalise(Span<double> w)
    {
        double last = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int j = 0; j < Count; j++)
            {
                double h = VectorOps.Dot(this[j], w);
                VectorOps.Axpy(-h, this[j], w);
                if (j == Count - 1)
                {
                    last += h;
                }
            }
        }
        return last;
    }

    /// <summary>y = sum_j c_j q_j (a Ritz vector from the coefficients of an eigenvector of T).</summary>
    public double[] Combine(ReadOnlySpan<double> coefficients)
    {
        var y = new double[n];
        for (int j = 0; j < coefficients.Length; j++)
        {
            VectorOps.Axpy(coefficients[j], this[j], y);
        }
        return y;
    }
}
