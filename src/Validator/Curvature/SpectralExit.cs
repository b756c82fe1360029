namespace BoundCheck.Validator.Curvature;

/// <summary>Why an iterative spectral routine stopped.</summary>
public enum SpectralExit
{
    /// <summary>The residual certificate met the requested tolerance.</summary>
    Converged,

    /// <summary>The Krylov space became invariant: the Ritz values are exact eigenvalues (a success).</summary>
    InvariantSubspace,

    /// <summary>The iteration budget ran out before the tolerance was met.</summary>
    MaxIterations,

    /// <summary>The operator returned NaN or infinity.</summary>
    NonFinite,
}

/// <summary>Helpers on <see cref="SpectralExit"/>.</summary>
public static class SpectralExitExtensions
{
    /// <summary>True when the estimate carries a valid certificate (converged or exact).</summary>
    public static bool IsSuccess(this SpectralExit exit) =>
        exit is SpectralExit.Converged or SpectralExit.InvariantSubspace;
}
