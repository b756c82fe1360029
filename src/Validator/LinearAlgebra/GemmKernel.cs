using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// The managed GEMM driver (Goto/BLIS loop order): C = alpha op(A) op(B) + beta C with op(B) packed once per column
/// block and shared by all threads, op(A) packed per row block and depth block by the thread that owns those rows,
/// and a register tile over the packed micro-panels. Threads own disjoint tiles of C and the depth is always cut at
/// multiples of <see cref="DepthBlock"/>, so every entry of C is the same sequence of FMAs whatever the kernel, block
/// sizes or thread count: results are bit-for-bit deterministic.
/// </summary>
internal static unsafe class GemmKernel
{
    /// <summary>KC: depth of one packed block (B micro-panel of 8 columns: 16 KiB, in L1).</summary>
    public const int DepthBlock = 256;

    // MC: rows of one packed A block (192 x 256 doubles: 384 KiB, in L2). A multiple of every kernel's rows.
    private const int RowBlock = 192;
    // Packed B block budget (in L3); the column block is cut to fit.
    private const long PackedBBytes = 4 << 20;
    // Below this many flops one thread is faster than a fork-join.
    private const double ParallelFlops = 4e6;

    public static void Multiply(GemmKernelKind kind, int threads, Transpose transA, Transpose transB, int m, int n, int k,
        double alpha, double* a, int lda, double* b, int ldb, double beta, double* c, int ldc)
    {
        if (k == 0 || alpha == 0.0)
        {
            ScaleC(m, n, beta, c, ldc);
            return;
        }
        var call = new GemmCall(transA, transB, m, n, k, alpha, (nint)a, lda, (nint)b, ldb, beta, (nint)c, ldc,
            2.0 * m * n * k < ParallelFlops ? 1 : Math.Max(1, threads));
        switch (kind)
        {
            case GemmKernelKind.Avx512:
                Run<MicroKernel3x8<Simd512, Vector512<double>>>(call);
                break;
            case GemmKernelKind.Avx2:
                Run<MicroKernel3x4<Simd256, Vector256<double>>>(call);
                break;
            default:
                Run<MicroKernel3x4<SimdPortable, Vector<double>>>(call);
                break;
        }
    }

    private static void Run<TKernel>(GemmCall call) where TKernel : struct, IMicroKernel
    {
        var nr = TKernel.Columns;
        var columnBlock = (int)Math.Clamp(PackedBBytes / (sizeof(double) * (long)call.K) / nr * nr, nr, RoundUp(call.N, nr));
        for (var jc = 0; jc < call.N; jc += columnBlock)
        {
            var block = new ColumnBlock(jc, Math.Min(columnBlock, call.N - jc), nr);
            var packedB = PinnedBuffer.Take((long)call.K * block.Padded);
            try
            {
                var bAddress = (nint)packedB.Pointer;
                WorkSplit.Run(call.Threads, block.Panels, (lo, hi) => PackB(call, block, nr, lo, hi, (double*)bAddress));
                var rowPanels = (call.M + TKernel.Rows - 1) / TKernel.Rows;
                if (rowPanels >= 2 * call.Threads || rowPanels >= block.Panels)
                {
                    WorkSplit.Run(call.Threads, rowPanels, (lo, hi) => Tiles<TKernel>(call, block, (double*)bAddress,
                        lo * TKernel.Rows, Math.Min(call.M, hi * TKernel.Rows), 0, block.Panels));
                }
                else
                {
                    WorkSplit.Run(call.Threads, block.Panels, (lo, hi) => Tiles<TKernel>(call, block, (double*)bAddress, 0, call.M, lo, hi));
                }
            }
            finally
            {
                packedB.Return();
            }
        }
    }

    // Depth block pc of the column block starts at pc * Padded; its panel q at q * nr * kc within.
    private static void PackB(GemmCall call, ColumnBlock block, int nr, int lo, int hi, double* packed)
    {
        for (var pc = 0; pc < call.K; pc += DepthBlock)
        {
            var kc = Math.Min(DepthBlock, call.K - pc);
            var j0 = lo * nr;
            var columns = Math.Min(hi * nr, block.Columns) - j0;
            GemmPacking.PackB(call.TransB, (double*)call.B, call.Ldb, pc, kc, block.Start + j0, columns, nr, call.Alpha,
                packed + (long)pc * block.Padded + (long)j0 * kc);
        }
    }

    // C[r0:r1, panels q0..q1 of the column block]: pack each A block once, then every tile against the shared B panels.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tiles<TKernel>(GemmCall call, ColumnBlock block, double* packedB, int r0, int r1, int q0, int q1)
        where TKernel : struct, IMicroKernel
    {
        int mr = TKernel.Rows, nr = TKernel.Columns;
        var packedA = PinnedBuffer.Take((long)RowBlock * DepthBlock);
        var edge = stackalloc double[mr * nr];
        try
        {
            var a = packedA.Pointer;
            for (var ic = r0; ic < r1; ic += RowBlock)
            {
                var rows = Math.Min(RowBlock, r1 - ic);
                for (var pc = 0; pc < call.K; pc += DepthBlock)
                {
                    var kc = Math.Min(DepthBlock, call.K - pc);
                    GemmPacking.PackA(call.TransA, (double*)call.A, call.Lda, ic, rows, pc, kc, mr, a);
                    var beta = pc == 0 ? call.Beta : 1.0;
                    for (var q = q0; q < q1; q++)
                    {
                        var b = packedB + (long)pc * block.Padded + (long)q * nr * kc;
                        var columns = Math.Min(nr, block.Columns - q * nr);
                        var c = (double*)call.C + ic + (long)(block.Start + q * nr) * call.Ldc;
                        for (var ir = 0; ir < rows; ir += mr)
                        {
                            var tileRows = Math.Min(mr, rows - ir);
                            if (tileRows == mr && columns == nr)
                            {
                                TKernel.Run(kc, a + (long)ir * kc, b, c + ir, call.Ldc, beta);
                                continue;
                            }
                            TKernel.Run(kc, a + (long)ir * kc, b, edge, mr, 0.0);
                            Merge(edge, mr, c + ir, call.Ldc, tileRows, columns, beta);
                        }
                    }
                }
            }
        }
        finally
        {
            packedA.Return();
        }
    }

    // The valid part of an edge tile, with the same arithmetic as the kernels' store: beta c + t in one FMA.
    private static void Merge(double* tile, int ldt, double* c, int ldc, int rows, int columns, double beta)
    {
        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                var t = tile[i + j * ldt];
                ref var target = ref c[i + (long)j * ldc];
                target = beta == 0.0 ? t : Math.FusedMultiplyAdd(target, beta, t);
            }
        }
    }

    private static void ScaleC(int m, int n, double beta, double* c, int ldc)
    {
        for (var j = 0; j < n; j++)
        {
            var column = new Span<double>(c + (long)j * ldc, m);
            if (beta == 0.0)
            {
                column.Clear();
            }
            else if (beta != 1.0)
            {
                foreach (ref var value in column)
                {
                    value *= beta;
                }
            }
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    private readonly record struct GemmCall(Transpose TransA, Transpose TransB, int M, int N, int K, double Alpha,
        nint A, int Lda, nint B, int Ldb, double Beta, nint C, int Ldc, int Threads);

    private readonly record struct ColumnBlock(int Start, int Columns, int Nr)
    {
        public int Padded => RoundUp(Columns, Nr);

        public int Panels => Padded / Nr;
    }
}
