namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// A GEMM register tile: C[0:Rows, 0:Columns] = beta C + A B for a packed A micro-panel (Rows values per depth step)
/// and a packed B micro-panel (Columns values per depth step). Implemented by structs so the driver, generic over the
/// kernel, is compiled once per kernel with the tile inlined.
/// </summary>
internal unsafe interface IMicroKernel
{
    /// <summary>Rows of the tile (MR).</summary>
    static abstract int Rows { get; }

    /// <summary>Columns of the tile (NR).</summary>
    static abstract int Columns { get; }

    /// <summary>Whether this CPU runs the kernel in hardware.</summary>
    static abstract bool IsSupported { get; }

    /// <summary>The tile update over <paramref name="kc"/> depth steps; beta = 0 ignores C's contents (NaN included).</summary>
    static abstract void Run(int kc, double* a, double* b, double* c, int ldc, double beta);
}
