using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.LinearAlgebra;

/// <summary>A random GEMM C = alpha op(A) op(B) + beta C with padded leading dimensions, and two references for it.</summary>
internal sealed record GemmProblem(int M, int N, int K, Transpose TransA, Transpose TransB, int Lda, int Ldb, int Ldc,
    double[] A, double[] B, double[] C)
{
    public static GemmProblem Random(int m, int n, int k, Transpose ta, Transpose tb, int pad, int seed)
    {
        var rng = new Xoshiro256StarStar((ulong)seed);
        var (aRows, aCols) = ta == Transpose.No ? (m, k) : (k, m);
        var (bRows, bCols) = tb == Transpose.No ? (k, n) : (n, k);
        int lda = Math.Max(1, aRows + pad), ldb = Math.Max(1, bRows + pad), ldc = Math.Max(1, m + pad);
        return new GemmProblem(m, n, k, ta, tb, lda, ldb, ldc, Fill(rng, lda * aCols), Fill(rng, ldb * bCols), Fill(rng, ldc * n));
    }

    /// <summary>Sets C[0:M, 0:N] (not the padding) to one value.</summary>
    public void FillC(double value)
    {
        for (var j = 0; j < N; j++)
        {
            Array.Fill(C, value, j * Ldc, M);
        }
    }

    /// <summary>op(A)[i, p].</summary>
    public double OpA(int i, int p) => TransA == Transpose.No ? A[i + p * Lda] : A[p + i * Lda];

    /// <summary>op(B)[p, j].</summary>
    public double OpB(int p, int j) => TransB == Transpose.No ? B[p + j * Ldb] : B[j + p * Ldb];

    /// <summary>A copy of C after the backend's GEMM.</summary>
    public double[] Run(BlasBackend blas, double alpha, double beta)
    {
        var c = (double[])C.Clone();
        blas.Gemm(TransA, TransB, M, N, K, alpha, A, Lda, B, Ldb, beta, c, Ldc);
        return c;
    }

    /// <summary>The textbook triple loop.</summary>
    public double[] Naive(double alpha, double beta) => Each((i, j, c) =>
    {
        var sum = 0.0;
        for (var p = 0; p < K; p++)
        {
            sum += OpA(i, p) * OpB(p, j);
        }
        return beta == 0.0 ? alpha * sum : alpha * sum + beta * c;
    });

    /// <summary>
    /// What the managed GEMM promises bit for bit: per depth block, s = fma(op(A)[i,p], alpha op(B)[p,j], s) from 0 in
    /// order of p; the first block stores s (beta = 0) or fma(c, beta, s), later blocks fma(c, 1, s).
    /// </summary>
    public double[] Specified(double alpha, double beta, int depthBlock) => Each((i, j, c) =>
    {
        for (var p0 = 0; p0 < K; p0 += depthBlock)
        {
            var s = 0.0;
            for (var p = p0; p < Math.Min(K, p0 + depthBlock); p++)
            {
                s = Math.FusedMultiplyAdd(OpA(i, p), alpha * OpB(p, j), s);
            }
            var scale = p0 == 0 ? beta : 1.0;
            c = scale == 0.0 ? s : Math.FusedMultiplyAdd(c, scale, s);
        }
        return c;
    });

    private double[] Each(Func<int, int, double, double> entry)
    {
        var result = (double[])C.Clone();
        for (var j = 0; j < N; j++)
        {
            for (var i = 0; i < M; i++)
            {
                result[i + j * Ldc] = entry(i, j, C[i + j * Ldc]);
            }
        }
        return result;
    }

    private static double[] Fill(Xoshiro256StarStar rng, int length)
    {
        var values = new double[length];
        rng.FillGaussian(values, 1);
        return values;
    }
}
