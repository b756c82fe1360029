using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// Copies a block of an operand into the layout the register tiles read: micro-panels of <c>panel</c> rows, each holding,
/// depth step by depth step, <c>panel</c> consecutive values, zero-padded past the block's last row.
/// op(A) is packed by rows; op(B) by columns, i.e. as the rows of op(B)^T, with alpha folded in.
/// </summary>
internal static unsafe class GemmPacking
{
    /// <summary>op(A)[i0:i0+rows, p0:p0+depth].</summary>
    public static void PackA(Transpose trans, double* a, int lda, int i0, int rows, int p0, int depth, int panel, double* packed) =>
        Pack(trans == Transpose.No, a, lda, i0, rows, p0, depth, panel, 1.0, packed);

    /// <summary>alpha op(B)[p0:p0+depth, j0:j0+columns].</summary>
    public static void PackB(Transpose trans, double* b, int ldb, int p0, int depth, int j0, int columns, int panel, double alpha, double* packed) =>
        Pack(trans == Transpose.Yes, b, ldb, j0, columns, p0, depth, panel, alpha, packed);

    // Element (i, p) of the logical matrix is source[i + p ld] when its rows are contiguous in memory, else source[p + i ld].
    private static void Pack(bool rowsContiguous, double* source, int ld, int r0, int rows, int p0, int depth, int panel,
        double factor, double* packed)
    {
        for (var r = 0; r < rows; r += panel)
        {
            var count = Math.Min(panel, rows - r);
            var target = packed + (long)r * depth;
            if (rowsContiguous)
            {
                Contiguous(source + r0 + r + (long)p0 * ld, ld, count, depth, panel, factor, target);
            }
            else
            {
                Strided(source + p0 + (long)(r0 + r) * ld, ld, count, depth, panel, factor, target);
            }
        }
    }

    // target[p panel + i] = factor source[i + p ld]: one contiguous run per depth step.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Contiguous(double* source, int ld, int count, int depth, int panel, double factor, double* target)
    {
        var w = Vector<double>.Count;
        var f = new Vector<double>(factor);
        for (var p = 0; p < depth; p++)
        {
            var s = source + (long)p * ld;
            var t = target + (long)p * panel;
            var i = 0;
            for (; i + w <= count; i += w)
            {
                (f * Vector.Load(s + i)).Store(t + i);
            }
            for (; i < count; i++)
            {
                t[i] = factor * s[i];
            }
            for (; i < panel; i++)
            {
                t[i] = 0.0;
            }
        }
    }

    // target[p panel + i] = factor source[p + i ld]: each row is contiguous in the source; 4 x 4 blocks are transposed
    // in registers where AVX is available.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Strided(double* source, int ld, int count, int depth, int panel, double factor, double* target)
    {
        var i = 0;
        if (Avx.IsSupported)
        {
            for (; i + 4 <= count; i += 4)
            {
                var p = Transpose4(source + (long)i * ld, ld, depth, panel, factor, target + i);
                Rows(source + (long)i * ld, ld, 4, p, depth, panel, factor, target + i);
            }
        }
        Rows(source + (long)i * ld, ld, count - i, 0, depth, panel, factor, target + i);
        for (i = count; i < panel; i++)
        {
            for (var p = 0; p < depth; p++)
            {
                target[(long)p * panel + i] = 0.0;
            }
        }
    }

    // Depth steps p0..depth of the given rows, one value at a time.
    private static void Rows(double* source, int ld, int rows, int p0, int depth, int panel, double factor, double* target)
    {
        for (var i = 0; i < rows; i++)
        {
            var s = source + (long)i * ld;
            for (var p = p0; p < depth; p++)
            {
                target[(long)p * panel + i] = factor * s[p];
            }
        }
    }

    // Four rows, four depth steps at a time: rows r0..r3 = [a b c d]_p..p+3 become columns [a_p b_p c_p d_p], ...
    // Returns the first depth step not done.
    private static int Transpose4(double* source, int ld, int depth, int panel, double factor, double* target)
    {
        var f = Vector256.Create(factor);
        var p = 0;
        for (; p + 4 <= depth; p += 4)
        {
            var r0 = Avx.LoadVector256(source + p);
            var r1 = Avx.LoadVector256(source + ld + p);
            var r2 = Avx.LoadVector256(source + 2L * ld + p);
            var r3 = Avx.LoadVector256(source + 3L * ld + p);
            var t0 = Avx.UnpackLow(r0, r1);
            var t1 = Avx.UnpackHigh(r0, r1);
            var t2 = Avx.UnpackLow(r2, r3);
            var t3 = Avx.UnpackHigh(r2, r3);
            var t = target + (long)p * panel;
            (f * Avx.Permute2x128(t0, t2, 0x20)).Store(t);
            (f * Avx.Permute2x128(t1, t3, 0x20)).Store(t + panel);
            (f * Avx.Permute2x128(t0, t2, 0x31)).Store(t + 2 * panel);
            (f * Avx.Permute2x128(t1, t3, 0x31)).Store(t + 3 * panel);
        }
        return p;
    }
}
