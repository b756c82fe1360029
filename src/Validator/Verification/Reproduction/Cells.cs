using System.Globalization;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>How the analyses' tables write numbers, and the medians they summarise seeds with.</summary>
internal static class Cells
{
    /// <summary>Four significant digits, invariant culture ("1.953e4" from 10^4 on and below 10^-3); "—" for NaN.</summary>
    public static string Number(double x) => double.IsNaN(x) ? "—"
        : x != 0 && (Math.Abs(x) >= 1e4 || Math.Abs(x) < 1e-3) ? x.ToString("0.###e0", CultureInfo.InvariantCulture)
        : x.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>An integer (widths, steps, counts), invariant culture.</summary>
    public static string Integer(long x) => x.ToString(CultureInfo.InvariantCulture);

    /// <summary>The median, NaN for no values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }
}
