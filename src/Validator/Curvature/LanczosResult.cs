namespace BoundCheck.Validator.Curvature;

/// <summary>Both ends of the spectrum from one Lanczos run.</summary>
/// <param name="Largest">Largest Ritz value with its residual bound.</param>
/// <param name="Smallest">Smallest Ritz value with its residual bound.</param>
/// <param name="Products">Operator applications.</param>
/// <param name="Iterations">Krylov dimension reached.</param>
/// <param name="Exit">Why the run stopped (for the requested target).</param>
/// <param name="RitzValues">All Ritz values of the final tridiagonal matrix, ascending.</param>
/// <param name="Alpha">Diagonal of T_k (k = Iterations).</param>
/// <param name="Beta">beta_1..beta_k: the off-diagonal of T_k, then the residual norm beta_k (A Q_k = Q_k T_k + beta_k q_{k+1} e_k^T).</param>
public sealed record LanczosResult(
    SpectralEstimate Largest,
    SpectralEstimate Smallest,
    int Products,
    int Iterations,
    SpectralExit Exit,
    IReadOnlyList<double> RitzValues,
    IReadOnlyList<double>? Alpha = null,
    IReadOnlyList<double>? Beta = null)
{
    /// <summary>
    /// The spectral norm max |lambda| with its bound: the end of larger magnitude, its value replaced by |theta|
    /// (| |lambda| - |theta| | &lt;= |lambda - theta|, so the residual still bounds the error).
    /// </summary>
    public SpectralEstimate Norm =>
        Math.Abs(Largest.Value) >= Math.Abs(Smallest.Value)
            ? Largest with { Value = Math.Abs(Largest.Value) }
            : Smallest with { Value = Math.Abs(Smallest.Value) };
}
