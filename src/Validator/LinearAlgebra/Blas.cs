namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// Chooses the BLAS backend once per process: OpenBLAS when libopenblas.so.0 loads, the managed fallback when
/// it does not or when BOUNDCHECK_BLAS=managed. The choice is never silent: callers record <see cref="BlasBackend.Name"/>.
/// </summary>
public static class Blas
{
    /// <summary>Environment variable that forces a backend ("managed" or "openblas").</summary>
    public const string EnvironmentVariable = "BOUNDCHECK_BLAS";

    private static readonly Lazy<BlasBackend> DefaultBackend = new(Choose);
    private static readonly Lazy<OpenBlas?> Native = new(OpenBlas.TryLoad);

    /// <summary>The process-wide backend (OpenBLAS unless absent or BOUNDCHECK_BLAS=managed).</summary>
    public static BlasBackend Default => DefaultBackend.Value;

    /// <summary>The managed fallback.</summary>
    public static BlasBackend Managed => ManagedBlas.Instance;

    /// <summary>OpenBLAS if the native library loads, else null.</summary>
    public static OpenBlas? OpenBlasOrNull => Native.Value;

    /// <summary>True when the default backend is the fallback because OpenBLAS was forced off or missing.</summary>
    public static bool IsFallback => Default.IsManaged;

    /// <summary>A one-line notice for stderr when the fallback is in use, else null.</summary>
    public static string? FallbackNotice => IsFallback
        ? $"boundcheck: BLAS backend is {DescribeDefault()}; results are exact but slower"
        : null;

    /// <summary>The backend description recorded in results (says when the fallback was forced).</summary>
    public static string DescribeDefault() =>
        Default.IsManaged && Forced() == "managed" ? ManagedBlas.ForcedName : Default.Name;

    private static string? Forced() => Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim().ToLowerInvariant();

    private static BlasBackend Choose()
    {
        if (Forced() == "managed")
        {
            return ManagedBlas.Instance;
        }
        return (BlasBackend?)Native.Value ?? ManagedBlas.Instance;
    }
}
