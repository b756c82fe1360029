namespace BoundCheck.Cli.Tests;

/// <summary>Every numeric tolerance of the CLI tests, named once.</summary>
internal static class Tolerances
{
    /// <summary>The same points analysed twice (resumed, merged): equal up to summation-order rounding.</summary>
    public const double SameNumerics = 1e-9;

    /// <summary>
    /// Width slope of the predictor-Hessian norm of tiny tanh nets (m = 16..64, n = 4): the asymptotic -1/2 plus
    /// finite-width corrections of about a tenth (-0.58 and -0.62 seen at L = 2 and L = 1 on such grids).
    /// </summary>
    public const double WidthSlopeOfSmallNets = 0.2;

    /// <summary>A value printed by `eval` and parsed back against the same formula evaluated in C#: a few ulps.</summary>
    public const double Evaluation = 1e-15;

    /// <summary>Two Lanczos norms (range-restricted and full operator) each certified to 1e-6 relative: at most the sum.</summary>
    public const double CertifiedNormsAgree = 2e-6;

    /// <summary>A gradient norm against central differences with step 1e-6 of a hand-written forward pass (O(h^2) + O(eps/h)).</summary>
    public const double FiniteDifference = 1e-7;

    /// <summary>Two parameterisations of "the same" weights must differ by far more than this relative amount.</summary>
    public const double DistinctNetworks = 0.01;

    /// <summary>A norm of a few entries computed in floating point against its closed form: a few ulps.</summary>
    public const double Arithmetic = 1e-14;

    /// <summary>PyTorch's and BoundCheck's float64 gradient or HVP of one network, max|a-b|/max|b|: summation order only.</summary>
    public const double SameComputation = 1e-10;
}
