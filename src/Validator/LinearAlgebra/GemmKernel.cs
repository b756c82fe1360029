using System.Numerics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>C += A B for packed column-major A (m x k) and B (k x n): cache blocks and a 2-vector x 4-column register tile.</summary>
internal static unsafe class GemmKernel
{
    private const int RowBlock = 128;
    private const int DepthBlock = 256;
    private const int ParallelFlops = 1 << 20;

    public static void Multiply(int m, int n, int k, double[] a, double[] b, Span<double> c, int ldc)
    {
        fixed (double* pc = c)
        {
            var cAddress = (IntPtr)pc;
            var groups = (n + 3) / 4;
            if ((long)m * n * k < ParallelFlops || groups == 1)
            {
                Columns(0, n, m, k, a, b, (double*)cAddress, ldc);
                return;
            }
            Parallel.For(0, groups, g => Columns(4 * g, Math.Min(n, 4 * g + 4), m, k, a, b, (double*)cAddress, ldc));
        }
    }

    private static void Columns(int j0, int j1, int m, int k, double[] a, double[] b, double* c, int ldc)
    {
        fixed (double* pa = a, pb = b)
        {
            for (var p0 = 0; p0 < k; p0 += DepthBlock)
            {
                var p1 = Math.Min(k, p0 + DepthBlock);
                for (var i0 = 0; i0 < m; i0 += RowBlock)
                {
                    var i1 = Math.Min(m, i0 + RowBlock);
                    var j = j0;
                    for (; j + 4 <= j1; j += 4)
                    {
                        Tile4(pa, m, pb + (long)j * k, k, c + (long)j * ldc, ldc, i0, i1, p0, p1);
                    }
                    for (; j < j1; j++)
                    {
                        Tile1(pa, m, pb + (long)j * k, c + (long)j * ldc, i0, i1, p0, p1);
                    }
                }
            }
        }
    }

    // C[i0:i1, 0:4] += A[i0:i1, p0:p1] B[p0:p1, 0:4]
    private static void Tile4(double* a, int lda, double* b, int ldb, double* c, int ldc, int i0, int i1, int p0, int p1)
    {
        var w = Vector<double>.Count;
        var i = i0;
        for (; i + w <= i1; i += w)
        {
            var c0 = Vector<double>.Zero; var c1 = Vector<double>.Zero;
            var c2 = Vector<double>.Zero; var c3 = Vector<double>.Zero;
            for (var p = p0; p < p1; p++)
            {
                var av = Vector.Load(a + i + (long)p * lda);
                c0 = Vector.FusedMultiplyAdd(av, new Vector<double>(b[p]), c0);
                c1 = Vector.FusedMultiplyAdd(av, new Vector<double>(b[p + ldb]), c1);
                c2 = Vector.FusedMultiplyAdd(av, new Vector<double>(b[p + 2 * ldb]), c2);
                c3 = Vector.FusedMultiplyAdd(av, new Vector<double>(b[p + 3 * ldb]), c3);
            }
            (Vector.Load(c + i) + c0).Store(c + i);
            (Vector.Load(c + i + ldc) + c1).Store(c + i + ldc);
            (Vector.Load(c + i + 2 * ldc) + c2).Store(c + i + 2 * ldc);
            (Vector.Load(c + i + 3 * ldc) + c3).Store(c + i + 3 * ldc);
        }
        for (; i < i1; i++)
        {
            for (var col = 0; col < 4; col++)
            {
                var sum = 0.0;
                for (var p = p0; p < p1; p++)
                {
                    sum += a[i + (long)p * lda] * b[p + col * ldb];
                }
                c[i + col * ldc] += sum;
            }
        }
    }

    private static void Tile1(double* a, int lda, double* b, double* c, int i0, int i1, int p0, int p1)
    {
        var w = Vector<double>.Count;
        var i = i0;
        for (; i + w <= i1; i += w)
        {
            var c0 = Vector<double>.Zero;
            for (var p = p0; p < p1; p++)
            {
                c0 = Vector.FusedMultiplyAdd(Vector.Load(a + i + (long)p * lda), new Vector<double>(b[p]), c0);
            }
            (Vector.Load(c + i) + c0).Store(c + i);
        }
        for (; i < i1; i++)
        {
            var sum = 0.0;
            for (var p = p0; p < p1; p++)
            {
                sum += a[i + (long)p * lda] * b[p];
            }
            c[i] += sum;
        }
    }
}
