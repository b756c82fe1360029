namespace BoundCheck.Validator.Tests.Derivatives;

/// <summary>Every tolerance of the LinearAlgebra, Networks and Derivatives tests, with why it is what it is.</summary>
public static class Tolerances
{
    /// <summary>Exact arithmetic against exact arithmetic (closed forms, batched vs per-sample): rounding only.</summary>
    public const double Exact = 1e-10;

    /// <summary>An eigenvalue of a dense Hessian counts as zero below this fraction of the largest |eigenvalue| (rounding of O(p eps)).</summary>
    public const double ZeroEigenvalue = 1e-9;

    /// <summary>Two BLAS backends summing in different orders.</summary>
    public const double Backends = 1e-12;

    /// <summary>First derivatives against central differences with a good step (error O(h^2) + O(eps/h)).</summary>
    public const double FiniteDifference = 1e-7;

    /// <summary>HVPs against central differences of exact gradients.</summary>
    public const double HessianFiniteDifference = 1e-6;

    /// <summary>Dense Hessian against a second-order central difference of the loss (error O(h^2) + O(eps/h^2)).</summary>
    public const double SecondOrderDifference = 1e-5;

    /// <summary>Activation constants against their sup/min on a grid of spacing 1e-4 (error O(spacing^2)).</summary>
    public const double Grid = 1e-7;

    /// <summary>Sample mean/variance of 10^5 normals: several standard errors.</summary>
    public const double Statistical = 0.02;
}
