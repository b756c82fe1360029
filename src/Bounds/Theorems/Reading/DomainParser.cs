using System.Globalization;
using System.Text.RegularExpressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Parses parameter domains: <c>in N>=1</c>, <c>in N</c>, <c>in R</c>, <c>> 0</c>, <c>>= 0</c>, <c>in (0, 1]</c>, <c>in N[1, 8]</c>.</summary>
internal static partial class DomainParser
{
    /// <summary>The expected forms, for error messages.</summary>
    public const string Expected = "a domain: 'in N>=k', 'in N', 'in R', '> a', '>= a', '< b', '<= b' or 'in (a, b]'";

    public static Domain? Parse(string text)
    {
        var t = text.Trim();
        if (t is "in N") { return new Domain(true, null, false, null, false); }
        if (t is "in R") { return Domain.Reals; }
        var set = SetBound().Match(t);
        if (set.Success && Number(set.Groups["v"].Value) is { } b)
        {
            return Bound(set.Groups["set"].Value == "N", set.Groups["op"].Value, b);
        }
        var plain = PlainBound().Match(t);
        if (plain.Success && Number(plain.Groups["v"].Value) is { } p)
        {
            return Bound(false, plain.Groups["op"].Value, p);
        }
        var interval = Interval().Match(t);
        if (interval.Success && Number(interval.Groups["lo"].Value) is { } lo && Number(interval.Groups["hi"].Value) is { } hi && lo <= hi)
        {
            return new Domain(interval.Groups["set"].Value == "N", lo, interval.Groups["l"].Value == "[", hi, interval.Groups["r"].Value == "]");
        }
        return null;
    }

    private static Domain Bound(bool integer, string op, double value) => op switch
    {
        ">=" => new Domain(integer, value, true, null, false),
        ">" => new Domain(integer, value, false, null, false),
        "<=" => new Domain(integer, null, false, value, true),
        _ => new Domain(integer, null, false, value, false),
    };

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"^in\s+(?<set>[NR])\s*(?<op>>=|<=|>|<)\s*(?<v>-?[0-9.eE+-]+)$")]
    private static partial Regex SetBound();

    [GeneratedRegex(@"^(?<op>>=|<=|>|<)\s*(?<v>-?[0-9.eE+-]+)$")]
    private static partial Regex PlainBound();

    [GeneratedRegex(@"^in\s+(?<set>N?)\s*(?<l>[\[(])\s*(?<lo>-?[0-9.eE+-]+)\s*,\s*(?<hi>-?[0-9.eE+-]+)\s*(?<r>[\])])$")]
    private static partial Regex Interval();
}
