using System.Runtime.CompilerServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// The wide register tile: 3 vectors of rows x 8 columns (24 accumulators, 3 A vectors and 1 broadcast: 28 of the 32
/// AVX-512 registers), for Vector512, where it halves the A loads per FMA of <see cref="MicroKernel3x4{TSimd, TVector}"/>.
/// </summary>
internal readonly unsafe struct MicroKernel3x8<TSimd, TVector> : IMicroKernel
    where TSimd : struct, ISimd<TVector>
    where TVector : struct
{
    public static int Rows => 3 * TSimd.Width;

    public static int Columns => 8;

    public static bool IsSupported => TSimd.IsSupported;

    // c[:, j] = beta c[:, j] + sum_p a[:, p] b[p, j]: every entry accumulates p = 0, 1, ... in order (one FMA each).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, double* a, double* b, double* c, int ldc, double beta)
    {
        var w = TSimd.Width;
        TVector c00 = TSimd.Zero, c10 = TSimd.Zero, c20 = TSimd.Zero, c01 = TSimd.Zero, c11 = TSimd.Zero, c21 = TSimd.Zero;
        TVector c02 = TSimd.Zero, c12 = TSimd.Zero, c22 = TSimd.Zero, c03 = TSimd.Zero, c13 = TSimd.Zero, c23 = TSimd.Zero;
        TVector c04 = TSimd.Zero, c14 = TSimd.Zero, c24 = TSimd.Zero, c05 = TSimd.Zero, c15 = TSimd.Zero, c25 = TSimd.Zero;
        TVector c06 = TSimd.Zero, c16 = TSimd.Zero, c26 = TSimd.Zero, c07 = TSimd.Zero, c17 = TSimd.Zero, c27 = TSimd.Zero;
        for (var p = 0; p < kc; p++)
        {
            TVector a0 = TSimd.Load(a), a1 = TSimd.Load(a + w), a2 = TSimd.Load(a + 2 * w);
            var b0 = TSimd.Broadcast(b[0]);
            c00 = TSimd.Fma(a0, b0, c00);
            c10 = TSimd.Fma(a1, b0, c10);
            c20 = TSimd.Fma(a2, b0, c20);
            var b1 = TSimd.Broadcast(b[1]);
            c01 = TSimd.Fma(a0, b1, c01);
            c11 = TSimd.Fma(a1, b1, c11);
            c21 = TSimd.Fma(a2, b1, c21);
            var b2 = TSimd.Broadcast(b[2]);
            c02 = TSimd.Fma(a0, b2, c02);
            c12 = TSimd.Fma(a1, b2, c12);
            c22 = TSimd.Fma(a2, b2, c22);
            var b3 = TSimd.Broadcast(b[3]);
            c03 = TSimd.Fma(a0, b3, c03);
            c13 = TSimd.Fma(a1, b3, c13);
            c23 = TSimd.Fma(a2, b3, c23);
            var b4 = TSimd.Broadcast(b[4]);
            c04 = TSimd.Fma(a0, b4, c04);
            c14 = TSimd.Fma(a1, b4, c14);
            c24 = TSimd.Fma(a2, b4, c24);
            var b5 = TSimd.Broadcast(b[5]);
            c05 = TSimd.Fma(a0, b5, c05);
            c15 = TSimd.Fma(a1, b5, c15);
            c25 = TSimd.Fma(a2, b5, c25);
            var b6 = TSimd.Broadcast(b[6]);
            c06 = TSimd.Fma(a0, b6, c06);
            c16 = TSimd.Fma(a1, b6, c16);
            c26 = TSimd.Fma(a2, b6, c26);
            var b7 = TSimd.Broadcast(b[7]);
            c07 = TSimd.Fma(a0, b7, c07);
            c17 = TSimd.Fma(a1, b7, c17);
            c27 = TSimd.Fma(a2, b7, c27);
            a += 3 * w;
            b += 8;
        }
        TileColumn<TSimd, TVector>.Store(c, w, beta, c00, c10, c20);
        TileColumn<TSimd, TVector>.Store(c + ldc, w, beta, c01, c11, c21);
        TileColumn<TSimd, TVector>.Store(c + 2 * ldc, w, beta, c02, c12, c22);
        TileColumn<TSimd, TVector>.Store(c + 3 * ldc, w, beta, c03, c13, c23);
        TileColumn<TSimd, TVector>.Store(c + 4 * ldc, w, beta, c04, c14, c24);
        TileColumn<TSimd, TVector>.Store(c + 5 * ldc, w, beta, c05, c15, c25);
        TileColumn<TSimd, TVector>.Store(c + 6 * ldc, w, beta, c06, c16, c26);
        TileColumn<TSimd, TVector>.Store(c + 7 * ldc, w, beta, c07, c17, c27);
    }
}
