using System.Globalization;

namespace BoundCheck.Bounds.Theorems;

/// <summary>The set a parameter ranges over: integers or reals, with optional bounds.</summary>
public readonly record struct Domain(bool Integer, double? Lower, bool LowerInclusive, double? Upper, bool UpperInclusive)
{
    /// <summary>All reals.</summary>
    public static Domain Reals => new(false, null, false, null, false);

    /// <summary>Whether <paramref name="value"/> lies in the domain.</summary>
    public bool Contains(double value)
    {
        if (double.IsNaN(value) || (Integer && Math.Abs(value - Math.Round(value)) > 0))
        {
            return false;
        }
        var aboveLower = Lower is not { } lo || (LowerInclusive ? value >= lo : value > lo);
        var belowUpper = Upper is not { } hi || (UpperInclusive ? value <= hi : value < hi);
        return aboveLower && belowUpper;
    }

    /// <summary>The domain as written in theorem files: <c>N&gt;=1</c>, <c>&gt; 0</c>, <c>(0, 2)</c>, <c>R</c>.</summary>
    public override string ToString()
    {
        var set = Integer ? "N" : "R";
        return (Lower, Upper) switch
        {
            (null, null) => $"in {set}",
            ({ } lo, null) => Integer ? $"in N{(LowerInclusive ? ">=" : ">")}{Num(lo)}" : $"{(LowerInclusive ? ">=" : ">")} {Num(lo)}",
            (null, { } hi) => Integer ? $"in N{(UpperInclusive ? "<=" : "<")}{Num(hi)}" : $"{(UpperInclusive ? "<=" : "<")} {Num(hi)}",
            ({ } lo, { } hi) => $"in {(Integer ? "N" : "")}{(LowerInclusive ? "[" : "(")}{Num(lo)}, {Num(hi)}{(UpperInclusive ? "]" : ")")}",
        };
    }

    private static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
