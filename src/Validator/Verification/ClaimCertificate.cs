using System.Globalization;

namespace BoundCheck.Validator.Verification;

/// <summary>The certificate of a spectral claim over the values it was judged on (DESIGN.md: a spectral `holds` carries one).</summary>
/// <param name="Kind">"exact" (every value from a dense eigensolve), "probabilistic" or "none" (some value uncertified).</param>
/// <param name="Delta">The probability that some certified upper end was exceeded: the sum over the values (union bound); 0 when exact.</param>
/// <param name="Values">How many certified values the claim was judged on.</param>
public sealed record ClaimCertificate(string Kind, double Delta, int Values)
{
    public const string Exact = "exact";
    public const string Probabilistic = "probabilistic";
    public const string None = "none";

    /// <summary>What the report shows: "exact", "P(miss) &lt;= 0.006" or "none".</summary>
    public string Label => Kind == Probabilistic ? "P(miss) <= " + Delta.ToString("G3", CultureInfo.InvariantCulture) : Kind;

    /// <summary>The sweep metric: Delta, or -1 for none.</summary>
    public double ToMetric() => Kind == None ? -1 : Delta;

    /// <summary>The certificate of values certified separately (the union bound again), or null when none carried one.</summary>
    public static ClaimCertificate? Combine(IEnumerable<ClaimCertificate?> parts)
    {
        var list = parts.OfType<ClaimCertificate>().ToList();
        if (list.Count == 0)
        {
            return null;
        }
        var values = list.Sum(c => c.Values);
        if (list.Any(c => c.Kind == None))
        {
            return new ClaimCertificate(None, double.PositiveInfinity, values);
        }
        var delta = list.Sum(c => c.Delta);
        return new ClaimCertificate(delta == 0 ? Exact : Probabilistic, delta, values);
    }

    /// <summary>From a sweep metric (see <see cref="ToMetric"/>); null for NaN (no certificate).</summary>
    public static ClaimCertificate? FromMetric(double metric) =>
        double.IsNaN(metric) ? null
        : metric < 0 ? new ClaimCertificate(None, double.PositiveInfinity, 1)
        : new ClaimCertificate(metric == 0 ? Exact : Probabilistic, metric, 1);
}
