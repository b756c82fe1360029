namespace BoundCheck.Bounds.Tests.Expressions;

/// <summary>All numeric tolerances of the expression tests, in one place.</summary>
public static class Tolerances
{
    /// <summary>Evaluation of an exact closed form in double precision.</summary>
    public const double Exact = 1e-12;

    /// <summary>Relative agreement of two algebraically equal expressions evaluated in double precision.</summary>
    public const double Rewrite = 1e-9;

    /// <summary>Relative agreement of a derivative with a central finite difference (step 1e-5).</summary>
    public const double FiniteDifference = 1e-5;
}
