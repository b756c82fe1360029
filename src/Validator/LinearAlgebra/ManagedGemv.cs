using System.Runtime.CompilerServices;
using System.Numerics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// Managed GEMV for the tall blocks of Lanczos (p x a few columns): four columns per sweep of the rows, the rows cut
/// into fixed chunks that threads take in parallel. The chunks do not depend on the thread count and partial sums are
/// added in chunk order, so results are bit-for-bit deterministic.
/// </summary>
internal static unsafe class ManagedGemv
{
    /// <summary>Rows per chunk (a multiple of every vector width).</summary>
    public const int ChunkRows = 4096;

    private const long ParallelElements = 1 << 17;

    /// <summary>y = alpha A x + beta y, A m x n.</summary>
    public static void NoTranspose(int threads, int m, int n, double alpha, double* a, int lda, double* x, double beta, double* y)
    {
        nint pa = (nint)a, px = (nint)x, py = (nint)y;
        WorkSplit.Run(Parts(threads, m, n), Chunks(m), (lo, hi) =>
        {
            for (var chunk = lo; chunk < hi; chunk++)
            {
                var i0 = chunk * ChunkRows;
                AccumulateRows((double*)pa + i0, lda, Math.Min(ChunkRows, m - i0), n, alpha, (double*)px, beta, (double*)py + i0);
            }
        });
    }

    /// <summary>y = alpha A^T x + beta y, A m x n.</summary>
    public static void Transposed(int threads, int m, int n, double alpha, double* a, int lda, double* x, double beta, double* y)
    {
        var chunks = Chunks(m);
        var partial = new double[(long)chunks * n];
        nint pa = (nint)a, px = (nint)x;
        WorkSplit.Run(Parts(threads, m, n), chunks, (lo, hi) =>
        {
            fixed (double* sums = partial)
            {
                for (var chunk = lo; chunk < hi; chunk++)
                {
                    var i0 = chunk * ChunkRows;
                    Dots((double*)pa + i0, lda, Math.Min(ChunkRows, m - i0), n, (double*)px + i0, sums + (long)chunk * n);
                }
            }
        });
        for (var j = 0; j < n; j++)
        {
            var dot = 0.0;
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                dot += partial[(long)chunk * n + j];
            }
            y[j] = beta == 0.0 ? alpha * dot : alpha * dot + beta * y[j];
        }
    }

    private static int Chunks(int m) => (m + ChunkRows - 1) / ChunkRows;

    private static int Parts(int threads, int m, int n) => (long)m * n < ParallelElements ? 1 : threads;

    // y[0:rows] = beta y + sum_j (alpha x_j) A[0:rows, j], four columns per pass over y, then one at a time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateRows(double* a, int lda, int rows, int n, double alpha, double* x, double beta, double* y)
    {
        var target = new Span<double>(y, rows);
        if (beta == 0.0)
        {
            target.Clear();
        }
        else if (beta != 1.0)
        {
            foreach (ref var value in target)
            {
                value *= beta;
            }
        }
        var w = Vector<double>.Count;
        var j = 0;
        for (; j + 4 <= n; j += 4)
        {
            double* c0 = a + (long)j * lda, c1 = c0 + lda, c2 = c1 + lda, c3 = c2 + lda;
            double s0 = alpha * x[j], s1 = alpha * x[j + 1], s2 = alpha * x[j + 2], s3 = alpha * x[j + 3];
            Vector<double> v0 = new(s0), v1 = new(s1), v2 = new(s2), v3 = new(s3);
            var i = 0;
            for (; i + w <= rows; i += w)
            {
                var sum = Vector.FusedMultiplyAdd(Vector.Load(c0 + i), v0, Vector.Load(y + i));
                sum = Vector.FusedMultiplyAdd(Vector.Load(c1 + i), v1, sum);
                sum = Vector.FusedMultiplyAdd(Vector.Load(c2 + i), v2, sum);
                Vector.FusedMultiplyAdd(Vector.Load(c3 + i), v3, sum).Store(y + i);
            }
            for (; i < rows; i++)
            {
                var sum = Math.FusedMultiplyAdd(c0[i], s0, y[i]);
                sum = Math.FusedMultiplyAdd(c1[i], s1, sum);
                sum = Math.FusedMultiplyAdd(c2[i], s2, sum);
                y[i] = Math.FusedMultiplyAdd(c3[i], s3, sum);
            }
        }
        for (; j < n; j++)
        {
            ManagedVectors.Axpy(alpha * x[j], a + (long)j * lda, y, rows);
        }
    }

    // sums[j] = A[0:rows, j] . x[0:rows], four columns per pass over x, then one at a time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Dots(double* a, int lda, int rows, int n, double* x, double* sums)
    {
        var w = Vector<double>.Count;
        var j = 0;
        for (; j + 4 <= n; j += 4)
        {
            double* c0 = a + (long)j * lda, c1 = c0 + lda, c2 = c1 + lda, c3 = c2 + lda;
            Vector<double> d0 = Vector<double>.Zero, d1 = d0, d2 = d0, d3 = d0;
            var i = 0;
            for (; i + w <= rows; i += w)
            {
                var xv = Vector.Load(x + i);
                d0 = Vector.FusedMultiplyAdd(Vector.Load(c0 + i), xv, d0);
                d1 = Vector.FusedMultiplyAdd(Vector.Load(c1 + i), xv, d1);
                d2 = Vector.FusedMultiplyAdd(Vector.Load(c2 + i), xv, d2);
                d3 = Vector.FusedMultiplyAdd(Vector.Load(c3 + i), xv, d3);
            }
            double e0 = Vector.Sum(d0), e1 = Vector.Sum(d1), e2 = Vector.Sum(d2), e3 = Vector.Sum(d3);
            for (; i < rows; i++)
            {
                e0 = Math.FusedMultiplyAdd(c0[i], x[i], e0);
                e1 = Math.FusedMultiplyAdd(c1[i], x[i], e1);
                e2 = Math.FusedMultiplyAdd(c2[i], x[i], e2);
                e3 = Math.FusedMultiplyAdd(c3[i], x[i], e3);
            }
            (sums[j], sums[j + 1], sums[j + 2], sums[j + 3]) = (e0, e1, e2, e3);
        }
        for (; j < n; j++)
        {
            sums[j] = ManagedVectors.Dot(a + (long)j * lda, x, rows);
        }
    }
}
