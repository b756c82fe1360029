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
