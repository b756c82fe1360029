using System.Runtime.InteropServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>OpenBLAS through function pointers resolved once from libopenblas.so.0 (CBLAS, column-major).</summary>
public sealed unsafe class OpenBlas : BlasBackend
{
    private const int ColMajor = 102;
    private const int NoTrans = 111;
    private const int Trans = 112;

    private readonly delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> _dgemm;
    private readonly delegate* unmanaged<int, int, int, int, double, double*, int, double*, int, double, double*, int, void> _dgemv;
    private readonly delegate* unmanaged<int, double*, int, double*, int, double> _ddot;
    private readonly delegate* unmanaged<int, double, double*, int, double*, int, void> _daxpy;
    private readonly delegate* unmanaged<int, double*, int, double> _dnrm2;
    private readonly delegate* unmanaged<int, void> _setThreads;
    private readonly delegate* unmanaged<int> _getThreads;
    private readonly string _config;

    private OpenBlas(IntPtr library)
    {
        _dgemm = (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)
            NativeLibrary.GetExport(library, "cblas_dgemm");
        _dgemv = (delegate* unmanaged<int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)
            NativeLibrary.GetExport(library, "cblas_dgemv");
        _ddot = (delegate* unmanaged<int, double*, int, double*, int, double>)NativeLibrary.GetExport(library, "cblas_ddot");
        _daxpy = (delegate* unmanaged<int, double, double*, int, double*, int, void>)NativeLibrary.GetExport(library, "cblas_daxpy");
        _dnrm2 = (delegate* unmanaged<int, double*, int, double>)NativeLibrary.GetExport(library, "cblas_dnrm2");
        _setThreads = (delegate* unmanaged<int, void>)NativeLibrary.GetExport(library, "openblas_set_num_threads");
        _getThreads = (delegate* unmanaged<int>)NativeLibrary.GetExport(library, "openblas_get_num_threads");
        var getConfig = (delegate* unmanaged<byte*>)NativeLibrary.GetExport(library, "openblas_get_config");
        _config = Marshal.PtrToStringAnsi((IntPtr)getConfig()) ?? "OpenBLAS";
    }

    /// <summary>Loads libopenblas.so.0 (or the platform's name for it); null when absent or incomplete.</summary>
    public static OpenBlas? TryLoad()
    {
        foreach (var name in new[] { "libopenblas.so.0", "libopenblas.so", "libopenblas", "openblas" })
        {
            if (NativeLibrary.TryLoad(name, typeof(OpenBlas).Assembly, null, out var handle))
            {
                try
                {
                    return new OpenBlas(handle);
                }
                catch (EntryPointNotFoundException)
                {
                    return null;
                }
            }
        }
        return null;
    }

    /// <summary>The raw openblas_get_config() string, e.g. "OpenBLAS 0.3.21 NO_AFFINITY ...".</summary>
    public string Configuration => _config;

    /// <summary>OpenBLAS's thread count (openblas_get_num_threads).</summary>
    public int Threads
    {
        get => _getThreads();
        set => _setThreads(Math.Max(1, value));
    }

    /// <inheritdoc/>
    public override string Name
    {
        get
        {
            var words = _config.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var version = words.Length >= 2 ? $"{words[0]} {words[1]}" : _config;
            var threading = _config.Contains("USE_OPENMP", StringComparison.Ordinal) ? "openmp" : "pthread";
            return $"{version} {threading} ({Threads} threads)";
        }
    }

    /// <inheritdoc/>
    public override bool IsManaged => false;

    protected override void GemmCore(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        fixed (double* pa = a, pb = b, pc = c)
        {
            _dgemm(ColMajor, Code(transA), Code(transB), m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
        }
    }

    protected override void GemvCore(Transpose trans, int m, int n, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> x, double beta, Span<double> y)
    {
        fixed (double* pa = a, px = x, py = y)
        {
            _dgemv(ColMajor, Code(trans), m, n, alpha, pa, lda, px, 1, beta, py, 1);
        }
    }

    protected override double DotCore(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        fixed (double* px = x, py = y)
        {
            return _ddot(x.Length, px, 1, py, 1);
        }
    }

    protected override void AxpyCore(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        fixed (double* px = x, py = y)
        {
            _daxpy(x.Length, alpha, px, 1, py, 1);
        }
    }

    protected override double Nrm2Core(ReadOnlySpan<double> x)
    {
        fixed (double* px = x)
        {
            return _dnrm2(x.Length, px, 1);
        }
    }

    private static int Code(Transpose t) => t == Transpose.No ? NoTrans : Trans;
}
