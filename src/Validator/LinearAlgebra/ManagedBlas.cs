namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// Managed BLAS when OpenBLAS is absent: a blocked, packed, multi-threaded GEMM on the best register tile this CPU runs
/// (AVX-512, AVX2 or portable Vector&lt;T&gt;), chunked parallel GEMV and level-1 routines. Results are bit-for-bit
/// deterministic, for any thread count.
/// </summary>
public sealed unsafe class ManagedBlas : BlasBackend
{
    private ManagedBlas(int threads, GemmKernelKind kernel)
    {
        Threads = threads;
        Kernel = kernel;
    }

    /// <summary>The process-wide instance: the best kernel, one thread per processor.</summary>
    public static ManagedBlas Instance { get; } = new(Environment.ProcessorCount, GemmKernels.Best);

    /// <summary>Name used when the fallback was forced by BOUNDCHECK_BLAS=managed.</summary>
    public static string ForcedName => $"{Instance.Describe()} (forced by BOUNDCHECK_BLAS=managed)";

    /// <summary>Threads the routines use.</summary>
    public int Threads { get; }

    /// <summary>The GEMM register tile.</summary>
    public GemmKernelKind Kernel { get; }

    /// <inheritdoc/>
    public override string Name => $"{Describe()} (OpenBLAS not found)";

    /// <inheritdoc/>
    public override bool IsManaged => true;

    /// <summary>A managed backend with a given thread count and kernel (for benchmarks and tests).</summary>
    public static ManagedBlas Create(int threads, GemmKernelKind kernel)
    {
        if (threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), $"threads must be >= 1, got {threads}");
        }
        if (!GemmKernels.Supported().Contains(kernel))
        {
            throw new ArgumentException($"the {kernel} kernel does not run on this CPU", nameof(kernel));
        }
        return new ManagedBlas(threads, kernel);
    }

    private string Describe() => $"managed {GemmKernels.Describe(Kernel)} ({Threads} threads)";

    protected override void GemmCore(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        fixed (double* pa = a, pb = b, pc = c)
        {
            GemmKernel.Multiply(Kernel, Threads, transA, transB, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
        }
    }

    protected override void GemvCore(Transpose trans, int m, int n, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> x, double beta, Span<double> y)
    {
        fixed (double* pa = a, px = x, py = y)
        {
            if (trans == Transpose.No)
            {
                ManagedGemv.NoTranspose(Threads, m, n, alpha, pa, lda, px, beta, py);
            }
            else
            {
                ManagedGemv.Transposed(Threads, m, n, alpha, pa, lda, px, beta, py);
            }
        }
    }

    protected override double DotCore(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        fixed (double* px = x, py = y)
        {
            return ManagedVectors.Dot(Threads, px, py, x.Length);
        }
    }

    protected override void AxpyCore(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        fixed (double* px = x, py = y)
        {
            ManagedVectors.Axpy(Threads, alpha, px, py, x.Length);
        }
    }

    protected override double Nrm2Core(ReadOnlySpan<double> x)
    {
        fixed (double* px = x)
        {
            return ManagedVectors.Nrm2(Threads, px, x.Length);
        }
    }
}
