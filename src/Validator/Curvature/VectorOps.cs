using System.Numerics;
using System.Runtime.InteropServices;

namespace BoundCheck.Validator.Curvature;

/// <summary>SIMD level-1 kernels on spans (dot, axpy, scale, norm) used by the Krylov methods.</summary>
internal static class VectorOps
{
    /// <summary>x . y.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
        var acc = Vector<double>.Zero;
        for (int i = 0; i < vx.Length; i++)
        {
            acc += vx[i] * vy[i];
        }
        double sum = Vector.Sum(acc);
        for (int i = vx.Length * Vector<double>.Count; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /// <summary>y += a x.</summary>
    public static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
        var va = new Vector<double>(a);
        for (int i = 0; i < vx.Length; i++)
        {
            vy[i] += va * vx[i];
        }
        for (int i = vx.Length * Vector<double>.Count; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>x *= a.</summary>
    public static void Scale(double a, Span<double> x)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var va = new Vector<double>(a);
        for (int i = 0; i < vx.Length; i++)
        {
            vx[i] *= va;
        }
        for (int i = vx.Length * Vector<double>.Count; i < x.Length; i++)
        {
            x[i] *= a;
        }
    }

    /// <summary>||x||_2, robust to overflow only as far as the sum of squares is.</summary>
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Dot(x, x));

    /// <summary>||x - y||_2 without a temporary vector.</summary>
    public static double Distance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var d = x[i] - y[i];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>True when every entry is finite.</summary>
    public static bool AllFinite(ReadOnlySpan<double> x)
    {
        foreach (double v in x)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }
        return true;
    }
}
