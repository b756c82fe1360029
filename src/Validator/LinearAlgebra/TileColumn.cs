using System.Runtime.CompilerServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>The store of one column of a register tile (3 vectors), shared by the tiles.</summary>
internal static unsafe class TileColumn<TSimd, TVector>
    where TSimd : struct, ISimd<TVector>
    where TVector : struct
{
    /// <summary>c = s (beta = 0: C's contents, NaN included, are ignored) or c = fma(c, beta, s), vector by vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* c, int w, double beta, TVector s0, TVector s1, TVector s2)
    {
        if (beta == 0.0)
        {
            TSimd.Store(c, s0);
            TSimd.Store(c + w, s1);
            TSimd.Store(c + 2 * w, s2);
            return;
        }
        var factor = TSimd.Broadcast(beta);
        TSimd.Store(c, TSimd.Fma(TSimd.Load(c), factor, s0));
        TSimd.Store(c + w, TSimd.Fma(TSimd.Load(c + w), factor, s1));
        TSimd.Store(c + 2 * w, TSimd.Fma(TSimd.Load(c + 2 * w), factor, s2));
    }
}
