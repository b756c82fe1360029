namespace BoundCheck.Validator.Curvature;

/// <summary>
/// One eigenvalue estimate with its certificate: some eigenvalue of the operator lies within
/// <paramref name="Residual"/> of <paramref name="Value"/> (for a Ritz pair, ||A y - theta y|| with ||y|| = 1).
/// </summary>
/// <param name="Value">The estimate (a Ritz value, a Rayleigh quotient, or |.| of one for a norm).</param>
/// <param name="Residual">Absolute error bound on the nearest eigenvalue.</param>
/// <param name="Products">Operator applications spent on the whole run.</param>
/// <param name="Iterations">Iterations of the run.</param>
/// <param name="Exit">Why the run stopped, as seen from this estimate.</param>
/// <param name="Vector">Unit eigenvector estimate when requested, otherwise null.</param>
public sealed record SpectralEstimate(
    double Value, double Residual, int Products, int Iterations, SpectralExit Exit, double[]? Vector = null)
{
    /// <summary>Residual / |Value| (infinite when Value is 0 and the residual is not).</summary>
    public double RelativeResidual => Residual == 0 ? 0 : Residual / Math.Abs(Value);

    /// <summary>True when the certificate is valid (converged or exact).</summary>
    public bool IsSuccess => Exit.IsSuccess();
}

/// <summary>
/// The largest of several estimates (a maximum over inputs or layers) with the totals of the runs behind it.
/// </summary>
/// <param name="Index">Position of the largest value (the first one on ties).</param>
/// <param name="Estimate">That estimate.</param>
/// <param name="MaxResidual">The largest residual of all: the error bar of the maximum itself.</param>
/// <param name="Products">Operator applications of all runs.</param>
/// <param name="Exit">The exit of the first run without a certificate, else Converged.</param>
public readonly record struct LargestEstimate(int Index, SpectralEstimate Estimate, double MaxResidual, int Products, SpectralExit Exit)
{
    /// <summary>Summarises a non-empty list of estimates.</summary>
    public static LargestEstimate Of(IReadOnlyList<SpectralEstimate> estimates)
    {
        if (estimates.Count == 0)
        {
            throw new ArgumentException("no estimates to take the largest of", nameof(estimates));
        }
        var best = 0;
        for (var i = 1; i < estimates.Count; i++)
        {
            best = estimates[i].Value > estimates[best].Value ? i : best;
        }
        var failed = estimates.FirstOrDefault(e => !e.IsSuccess);
        return new LargestEstimate(best, estimates[best], estimates.Max(e => e.Residual), estimates.Sum(e => e.Products),
            failed?.Exit ?? SpectralExit.Converged);
    }
}
