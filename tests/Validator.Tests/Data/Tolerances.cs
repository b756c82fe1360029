namespace BoundCheck.Validator.Tests.Data;

/// <summary>Every tolerance the data tests use, in one place.</summary>
internal static class Tolerances
{
    /// <summary>Norms and rescaling, relative.</summary>
    public const double Norm = 1e-12;

    /// <summary>lambda_min(X X^T) vs sigma_min(X)^2, relative to lambda_max.</summary>
    public const double Gram = 1e-9;
}
