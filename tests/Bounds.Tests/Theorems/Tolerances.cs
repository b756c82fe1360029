namespace BoundCheck.Bounds.Tests.Theorems;

/// <summary>Tolerances of the theorem tests, named in one place.</summary>
internal static class Tolerances
{
    /// <summary>Evaluating a closed form two ways (recursion vs sum) in double precision (percent).</summary>
    public const double Evaluation = 1e-10;

    /// <summary>Exponents derived symbolically and compared with rationals.</summary>
    public const double Exponent = 1e-9;
}
