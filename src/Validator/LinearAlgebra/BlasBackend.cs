namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// The few BLAS routines the numeric core uses, column-major, unit strides. Public methods check shapes once
/// (a short span is a programmer error and must never reach native code); backends implement the Core methods.
/// </summary>
public abstract class BlasBackend
{
    /// <summary>Readable backend description recorded with every result, e.g. "OpenBLAS 0.3.21 pthread (2 threads)".</summary>
    public abstract string Name { get; }

    /// <summary>True for the managed fallback (no native library).</summary>
    public abstract bool IsManaged { get; }

    /// <summary>C = alpha op(A) op(B) + beta C with op(A) m x k, op(B) k x n, C m x n (beta = 0 ignores C's contents).</summary>
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        if (m < 0 || n < 0 || k < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(m), $"gemm dimensions must be >= 0, got m={m}, n={n}, k={k}");
        }
        if (m == 0 || n == 0)
        {
            return;
        }
        var (aRows, aCols) = transA == Transpose.No ? (m, k) : (k, m);
        var (bRows, bCols) = transB == Transpose.No ? (k, n) : (n, k);
        CheckMatrix(nameof(a), a.Length, aRows, aCols, lda);
        CheckMatrix(nameof(b), b.Length, bRows, bCols, ldb);
        CheckMatrix(nameof(c), c.Length, m, n, ldc);
        GemmCore(transA, transB, m, n, k, alpha, a, Math.Max(1, lda), b, Math.Max(1, ldb), beta, c, ldc);
    }

    /// <summary>y = alpha op(A) x + beta y, A stored m x n.</summary>
    public void Gemv(Transpose trans, int m, int n, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> x, double beta, Span<double> y)
    {
        CheckMatrix(nameof(a), a.Length, m, n, lda);
        var (xLength, yLength) = trans == Transpose.No ? (n, m) : (m, n);
        if (x.Length < xLength || y.Length < yLength)
        {
            throw new ArgumentException($"gemv: x needs {xLength} entries (has {x.Length}), y needs {yLength} (has {y.Length})");
        }
        if (m == 0 || n == 0)
        {
            return;
        }
        GemvCore(trans, m, n, alpha, a, Math.Max(1, lda), x, beta, y);
    }

    /// <summary>x^T y over equal-length vectors.</summary>
    public double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        CheckSameLength(x.Length, y.Length);
        return x.Length == 0 ? 0.0 : DotCore(x, y);
    }

    /// <summary>y += alpha x.</summary>
    public void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        CheckSameLength(x.Length, y.Length);
        if (x.Length > 0)
        {
            AxpyCore(alpha, x, y);
        }
    }

    /// <summary>Euclidean norm, computed without overflow.</summary>
    public double Nrm2(ReadOnlySpan<double> x) => x.Length == 0 ? 0.0 : Nrm2Core(x);

    protected abstract void GemmCore(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc);

    protected abstract void GemvCore(Transpose trans, int m, int n, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> x, double beta, Span<double> y);

    protected abstract double DotCore(ReadOnlySpan<double> x, ReadOnlySpan<double> y);

    protected abstract void AxpyCore(double alpha, ReadOnlySpan<double> x, Span<double> y);

    protected abstract double Nrm2Core(ReadOnlySpan<double> x);

    private static void CheckMatrix(string name, int length, int rows, int cols, int ld)
    {
        if (ld < Math.Max(1, rows))
        {
            throw new ArgumentOutOfRangeException(name, $"leading dimension {ld} of {name} is below its row count {rows}");
        }
        if (rows > 0 && cols > 0 && length < (long)ld * (cols - 1) + rows)
        {
            throw new ArgumentException($"{name} has {length} entries, too few for {rows} x {cols} with leading dimension {ld}", name);
        }
    }

    private static void CheckSameLength(int x, int y)
    {
        if (x != y)
        {
            throw new ArgumentException($"vector lengths differ: {x} vs {y}");
        }
    }
}
