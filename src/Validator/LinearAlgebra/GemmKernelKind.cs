using System.Numerics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>The register tiles of the managed GEMM; all give bit-identical results (same depth blocks, one FMA per term).</summary>
public enum GemmKernelKind
{
    /// <summary>24 x 8 on Vector512 (AVX-512F).</summary>
    Avx512,
    /// <summary>12 x 4 on Vector256 (AVX2 + FMA).</summary>
    Avx2,
    /// <summary>3 Vector&lt;double&gt; x 4, for other CPUs.</summary>
    Portable,
}

/// <summary>Which kernels this CPU runs, and the best of them.</summary>
public static class GemmKernels
{
    /// <summary>The fastest supported kernel.</summary>
    public static GemmKernelKind Best { get; } = Supported()[0];

    /// <summary>The kernels this CPU runs in hardware, fastest first (Portable always).</summary>
    public static IReadOnlyList<GemmKernelKind> Supported()
    {
        var kinds = new List<GemmKernelKind>();
        if (Simd512.IsSupported)
        {
            kinds.Add(GemmKernelKind.Avx512);
        }
        if (Simd256.IsSupported)
        {
            kinds.Add(GemmKernelKind.Avx2);
        }
        kinds.Add(GemmKernelKind.Portable);
        return kinds;
    }

    /// <summary>A readable description, e.g. "avx512 24x8" for backend names.</summary>
    public static string Describe(GemmKernelKind kind) => kind switch
    {
        GemmKernelKind.Avx512 => "avx512 24x8",
        GemmKernelKind.Avx2 => "avx2 12x4",
        _ => $"vector{Vector<double>.Count * 64} {3 * Vector<double>.Count}x4",
    };
}
