using System.Buffers;
using System.Numerics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// Managed fallback when OpenBLAS is absent: a blocked, vectorised (Vector&lt;double&gt;, FMA) GEMM, parallel over
/// column blocks. Each entry of C is always summed in the same order, so results are deterministic.
/// </summary>
public sealed class ManagedBlas : BlasBackend
{
    /// <summary>The one instance.</summary>
    public static ManagedBlas Instance { get; } = new();

    private ManagedBlas()
    {
    }

    /// <inheritdoc/>
    public override string Name => "managed (OpenBLAS not found)";

    /// <summary>Name used when the fallback was forced by BOUNDCHECK_BLAS=managed.</summary>
    public static string ForcedName => "managed (forced by BOUNDCHECK_BLAS=managed)";

    /// <inheritdoc/>
    public override bool IsManaged => true;

    protected override void GemmCore(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        for (var j = 0; j < n; j++)
        {
            var column = c.Slice(j * ldc, m);
            if (beta == 0.0)
            {
                column.Clear();
            }
            else if (beta != 1.0)
            {
                Scale(beta, column);
            }
        }
        if (k == 0 || alpha == 0.0)
        {
            return;
        }
        // Pack op(A) (m x k) and alpha op(B) (k x n) contiguously so the kernel sees one layout.
        var packedA = ArrayPool<double>.Shared.Rent(m * k);
        var packedB = ArrayPool<double>.Shared.Rent(k * n);
        try
        {
            Pack(transA, a, lda, m, k, 1.0, packedA);
            Pack(transB, b, ldb, k, n, alpha, packedB);
            GemmKernel.Multiply(m, n, k, packedA, packedB, c, ldc);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(packedA);
            ArrayPool<double>.Shared.Return(packedB);
        }
    }

    protected override void GemvCore(Transpose trans, int m, int n, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> x, double beta, Span<double> y)
    {
        var rows = trans == Transpose.No ? m : n;
        var output = y[..rows];
        if (trans == Transpose.No)
        {
            // y = beta y + sum_j (alpha x_j) A[:, j]
            if (beta == 0.0) output.Clear(); else if (beta != 1.0) Scale(beta, output);
            for (var j = 0; j < n; j++)
            {
                AxpyCore(alpha * x[j], a.Slice(j * lda, m), output);
            }
            return;
        }
        for (var j = 0; j < n; j++)
        {
            var dot = DotCore(a.Slice(j * lda, m), x[..m]);
            output[j] = beta == 0.0 ? alpha * dot : alpha * dot + beta * output[j];
        }
    }

    protected override double DotCore(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var width = Vector<double>.Count;
        var acc = Vector<double>.Zero;
        var i = 0;
        for (; i <= x.Length - width; i += width)
        {
            acc = Vector.FusedMultiplyAdd(new Vector<double>(x[i..]), new Vector<double>(y[i..]), acc);
        }
        var sum = Vector.Sum(acc);
        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }
        return sum;
    }

    protected override void AxpyCore(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        var width = Vector<double>.Count;
        var va = new Vector<double>(alpha);
        var i = 0;
        for (; i <= x.Length - width; i += width)
        {
            Vector.FusedMultiplyAdd(va, new Vector<double>(x[i..]), new Vector<double>(y[i..])).CopyTo(y[i..]);
        }
        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    protected override double Nrm2Core(ReadOnlySpan<double> x)
    {
        // Scale by the largest magnitude so squares neither overflow nor underflow.
        var scale = 0.0;
        foreach (var value in x)
        {
            scale = Math.Max(scale, Math.Abs(value));
        }
        if (scale == 0.0 || double.IsInfinity(scale) || double.IsNaN(scale))
        {
            return scale;
        }
        var sum = 0.0;
        foreach (var value in x)
        {
            var t = value / scale;
            sum += t * t;
        }
        return scale * Math.Sqrt(sum);
    }

    private static void Scale(double factor, Span<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    // Writes factor * op(M) (rows x cols, column-major, leading dimension rows) into packed.
    private static void Pack(Transpose trans, ReadOnlySpan<double> source, int ld, int rows, int cols, double factor, double[] packed)
    {
        for (var j = 0; j < cols; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                packed[i + j * rows] = factor * (trans == Transpose.No ? source[i + j * ld] : source[j + i * ld]);
            }
        }
    }
}
