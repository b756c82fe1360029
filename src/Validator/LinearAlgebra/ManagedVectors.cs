using System.Runtime.CompilerServices;
using System.Numerics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// Managed level-1 BLAS on raw vectors: single-thread SIMD kernels, and versions over fixed chunks of
/// <see cref="ManagedGemv.ChunkRows"/> for long vectors (parallel, partial sums added in chunk order: deterministic).
/// </summary>
internal static unsafe class ManagedVectors
{
    private const int ParallelLength = 1 << 17;
    // Sums of squares at least this large lose nothing to underflowed terms; smaller or infinite ones are rescaled.
    private static readonly double SafeSumOfSquares = Math.ScaleB(1.0, -900);

    /// <summary>x . y over n entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(double* x, double* y, int n)
    {
        var w = Vector<double>.Count;
        Vector<double> d0 = Vector<double>.Zero, d1 = d0, d2 = d0, d3 = d0;
        var i = 0;
        for (; i + 4 * w <= n; i += 4 * w)
        {
            d0 = Vector.FusedMultiplyAdd(Vector.Load(x + i), Vector.Load(y + i), d0);
            d1 = Vector.FusedMultiplyAdd(Vector.Load(x + i + w), Vector.Load(y + i + w), d1);
            d2 = Vector.FusedMultiplyAdd(Vector.Load(x + i + 2 * w), Vector.Load(y + i + 2 * w), d2);
            d3 = Vector.FusedMultiplyAdd(Vector.Load(x + i + 3 * w), Vector.Load(y + i + 3 * w), d3);
        }
        for (; i + w <= n; i += w)
        {
            d0 = Vector.FusedMultiplyAdd(Vector.Load(x + i), Vector.Load(y + i), d0);
        }
        var sum = Vector.Sum(d0 + d1 + (d2 + d3));
        for (; i < n; i++)
        {
            sum = Math.FusedMultiplyAdd(x[i], y[i], sum);
        }
        return sum;
    }

    /// <summary>y += alpha x over n entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Axpy(double alpha, double* x, double* y, int n)
    {
        var w = Vector<double>.Count;
        var va = new Vector<double>(alpha);
        var i = 0;
        for (; i + w <= n; i += w)
        {
            Vector.FusedMultiplyAdd(va, Vector.Load(x + i), Vector.Load(y + i)).Store(y + i);
        }
        for (; i < n; i++)
        {
            y[i] = Math.FusedMultiplyAdd(alpha, x[i], y[i]);
        }
    }

    /// <summary>x . y, chunked (and parallel for long vectors).</summary>
    public static double Dot(int threads, double* x, double* y, int n)
    {
        var chunks = (n + ManagedGemv.ChunkRows - 1) / ManagedGemv.ChunkRows;
        if (chunks <= 1)
        {
            return Dot(x, y, n);
        }
        var partial = new double[chunks];
        nint px = (nint)x, py = (nint)y;
        WorkSplit.Run(n < ParallelLength ? 1 : threads, chunks, (lo, hi) =>
        {
            for (var chunk = lo; chunk < hi; chunk++)
            {
                var i0 = chunk * ManagedGemv.ChunkRows;
                partial[chunk] = Dot((double*)px + i0, (double*)py + i0, Math.Min(ManagedGemv.ChunkRows, n - i0));
            }
        });
        var sum = 0.0;
        foreach (var value in partial)
        {
            sum += value;
        }
        return sum;
    }

    /// <summary>y += alpha x, in parallel chunks for long vectors.</summary>
    public static void Axpy(int threads, double alpha, double* x, double* y, int n)
    {
        var chunks = (n + ManagedGemv.ChunkRows - 1) / ManagedGemv.ChunkRows;
        nint px = (nint)x, py = (nint)y;
        WorkSplit.Run(n < ParallelLength ? 1 : threads, chunks, (lo, hi) =>
        {
            var i0 = lo * ManagedGemv.ChunkRows;
            Axpy(alpha, (double*)px + i0, (double*)py + i0, Math.Min(hi * ManagedGemv.ChunkRows, n) - i0);
        });
    }

    /// <summary>||x||_2: the plain sum of squares when it is safely in range, else rescaled by max |x_i|.</summary>
    public static double Nrm2(int threads, double* x, int n)
    {
        var squares = Dot(threads, x, x, n);
        if (double.IsFinite(squares) && squares >= SafeSumOfSquares)
        {
            return Math.Sqrt(squares);
        }
        var scale = 0.0;
        for (var i = 0; i < n; i++)
        {
            scale = Math.Max(scale, Math.Abs(x[i]));
        }
        if (scale == 0.0 || !double.IsFinite(scale))
        {
            return scale;
        }
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var t = x[i] / scale;
            sum += t * t;
        }
        return scale * Math.Sqrt(sum);
    }
}
