using System.Runtime.CompilerServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// The register tile on any vector type: 3 vectors of rows x 4 columns (12 accumulators, 3 A vectors and 1 broadcast:
/// 16 registers, so it fits AVX2 and NEON as well as AVX-512).
/// </summary>
internal readonly unsafe struct MicroKernel3x4<TSimd, TVector> : IMicroKernel
    where TSimd : struct, ISimd<TVector>
    where TVector : struct
{
    public static int Rows => 3 * TSimd.Width;

    public static int Columns => 4;

    public static bool IsSupported => TSimd.IsSupported;

    // c[:, j] = beta c[:, j] + sum_p a[:, p] b[p, j]: every entry accumulates p = 0, 1, ... in order (one FMA each).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, double* a, double* b, double* c, int ldc, double beta)
    {
        var w = TSimd.Width;
        TVector c00 = TSimd.Zero, c10 = TSimd.Zero, c20 = TSimd.Zero, c01 = TSimd.Zero, c11 = TSimd.Zero, c21 = TSimd.Zero;
        TVector c02 = TSimd.Zero, c12 = TSimd.Zero, c22 = TSimd.Zero, c03 = TSimd.Zero, c13 = TSimd.Zero, c23 = TSimd.Zero;
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
            a += 3 * w;
            b += 4;
        }
        TileColumn<TSimd, TVector>.Store(c, w, beta, c00, c10, c20);
        TileColumn<TSimd, TVector>.Store(c + ldc, w, beta, c01, c11, c21);
        TileColumn<TSimd, TVector>.Store(c + 2 * ldc, w, beta, c02, c12, c22);
        TileColumn<TSimd, TVector>.Store(c + 3 * ldc, w, beta, c03, c13, c23);
    }
}
