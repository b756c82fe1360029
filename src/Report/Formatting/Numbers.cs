using System.Globalization;

namespace BoundCheck.Report.Formatting;

/// <summary>How the report prints numbers: 4 significant digits, scientific outside [1e-3, 1e5).</summary>
public static class Numbers
{
    /// <summary>Shown for a missing value.</summary>
    public const string Missing = "—";

    /// <summary>Formats a value; null prints as an em dash, NaN as "NaN", infinities as ∞ / -∞.</summary>
    public static string Format(double? value) => value is { } v ? Format(v) : Missing;

    /// <summary>Formats a value with 4 significant digits (trailing zeros dropped).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0)
        {
            return "0";
        }
        // Round first so that e.g. 99999.7 (-> 1e5) picks the notation of the number actually shown.
        var rounded = double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(rounded);
        return magnitude is < 1e-3 or >= 1e5
            ? rounded.ToString("0.###e+0", CultureInfo.InvariantCulture)
            : rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    /// <summary>An integer, invariant culture.</summary>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A closed interval "[low, high]".</summary>
    public static string Interval(double low, double high) => $"[{Format(low)}, {Format(high)}]";
}
