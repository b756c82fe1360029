using System.Globalization;

namespace BoundCheck.Report.Plots;

/// <summary>Small helpers for deterministic SVG text.</summary>
internal static class Svg
{
    /// <summary>A coordinate with two fixed decimals, invariant culture.</summary>
    public static string N(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Text escaped for XML content and attributes.</summary>
    public static string Escape(string text) => Formatting.Xml.Escape(text);
}
