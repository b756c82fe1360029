namespace BoundCheck.Report.Tests;

/// <summary>Every tolerance the report tests use.</summary>
internal static class Tolerances
{
    /// <summary>SVG coordinates are written with two decimals.</summary>
    public const double Pixel = 0.01;

    /// <summary>Pure floating-point arithmetic on a handful of operations.</summary>
    public const double Arithmetic = 1e-12;

    /// <summary>A number printed to 4 significant digits and parsed back: half a unit in the 4th digit, relative.</summary>
    public const double FourSignificantDigits = 5e-4;
}
