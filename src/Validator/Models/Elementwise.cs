using System.Numerics;

namespace BoundCheck.Validator.Models;

/// <summary>Vectorised entrywise kernels of the passes (Hadamard products and their sums).</summary>
internal static class Elementwise
{
    // z = x . y
    public static void Multiply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> z)
    {
        var w = Vector<double>.Count;
        var i = 0;
        for (; i <= x.Length - w; i += w)
        {
            (new Vector<double>(x[i..]) * new Vector<double>(y[i..])).CopyTo(z[i..]);
        }
        for (; i < x.Length; i++)
        {
            z[i] = x[i] * y[i];
        }
    }

    // z += x . y . t
    public static void AddTripleProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> t, Span<double> z)
    {
        var w = Vector<double>.Count;
        var i = 0;
        for (; i <= x.Length - w; i += w)
        {
            (new Vector<double>(z[i..]) + new Vector<double>(x[i..]) * new Vector<double>(y[i..]) * new Vector<double>(t[i..])).CopyTo(z[i..]);
        }
        for (; i < x.Length; i++)
        {
            z[i] += x[i] * y[i] * t[i];
        }
    }

    // z += x . y
    public static void AddProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> z)
    {
        var w = Vector<double>.Count;
        var i = 0;
        for (; i <= x.Length - w; i += w)
        {
            Vector.FusedMultiplyAdd(new Vector<double>(x[i..]), new Vector<double>(y[i..]), new Vector<double>(z[i..])).CopyTo(z[i..]);
        }
        for (; i < x.Length; i++)
        {
            z[i] += x[i] * y[i];
        }
    }

    // y += x
    public static void Add(ReadOnlySpan<double> x, Span<double> y)
    {
        var w = Vector<double>.Count;
        var i = 0;
        for (; i <= x.Length - w; i += w)
        {
            (new Vector<double>(x[i..]) + new Vector<double>(y[i..])).CopyTo(y[i..]);
        }
        for (; i < x.Length; i++)
        {
            y[i] += x[i];
        }
    }

    // M (rows x cols) += b 1^T
    public static void AddToColumns(ReadOnlySpan<double> b, Span<double> matrix, int rows, int cols)
    {
        for (var j = 0; j < cols; j++)
        {
            Add(b, matrix.Slice(j * rows, rows));
        }
    }

    // r = scale * M 1 (row sums of a rows x cols matrix)
    public static void RowSums(ReadOnlySpan<double> matrix, int rows, int cols, double scale, Span<double> r)
    {
        r[..rows].Clear();
        for (var j = 0; j < cols; j++)
        {
            Add(matrix.Slice(j * rows, rows), r);
        }
        if (scale != 1.0)
        {
            for (var i = 0; i < rows; i++)
            {
                r[i] *= scale;
            }
        }
    }

    // M (rows x cols) = scale * a b^T, or M += scale * a b^T when accumulating
    public static void Outer(double scale, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> matrix, bool accumulate)
    {
        for (var j = 0; j < b.Length; j++)
        {
            var column = matrix.Slice(j * a.Length, a.Length);
            var factor = scale * b[j];
            for (var i = 0; i < a.Length; i++)
            {
                column[i] = accumulate ? column[i] + factor * a[i] : factor * a[i];
            }
        }
    }
}
