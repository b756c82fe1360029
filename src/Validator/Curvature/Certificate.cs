using System.Globalization;

namespace BoundCheck.Validator.Curvature;

/// <summary>How far a spectral value can be trusted.</summary>
public enum CertificateKind
{
    /// <summary>A dense eigensolve of the (restricted) operator: the value lies in [Lower, Upper] up to the stated backward error.</summary>
    Exact,

    /// <summary>Random-start Lanczos: the true value exceeds Upper with probability at most Delta (Kuczynski-Wozniakowski).</summary>
    Probabilistic,

    /// <summary>Nothing certifies an upper end (too few Lanczos steps, or no certificate was computed): Upper is infinite.</summary>
    None,
}

/// <summary>
/// The certificate of one spectral value (a norm, a largest eigenvalue, or a maximum of several): the true value lies in
/// [<paramref name="Lower"/>, <paramref name="Upper"/>]. Lower is a rigorous lower end (a Ritz value minus its residual,
/// or the dense value minus its backward error); Upper is rigorous for <see cref="CertificateKind.Exact"/> and holds with
/// probability at least 1 - Delta over the random start vector for <see cref="CertificateKind.Probabilistic"/>.
/// </summary>
/// <param name="Delta">The probability that Upper is exceeded (0 for exact; summed over the parts of a maximum: a union bound).</param>
/// <param name="BackwardError">The absolute backward-error bound of an exact certificate (the largest over the parts of a maximum).</param>
/// <param name="Steps">Lanczos steps behind a probabilistic certificate (the fewest over the parts), or the dense dimension.</param>
/// <param name="Dimension">Dimension of the operator certified (the largest over the parts).</param>
/// <param name="Detail">How the certificate was obtained, for the method text.</param>
public sealed record Certificate(
    CertificateKind Kind, double Lower, double Upper, double Delta, double BackwardError, int Steps, int Dimension, string Detail)
{
    /// <summary>The name the report shows: "exact", "P(miss) &lt;= 0.001" or "none".</summary>
    public string Label => Kind switch
    {
        CertificateKind.Exact => "exact",
        CertificateKind.Probabilistic => "P(miss) <= " + Delta.ToString("G3", CultureInfo.InvariantCulture),
        _ => "none",
    };

    /// <summary>
    /// The certificate of max_i v_i from certificates of every v_i: [max Lower, max Upper]. Exact only if every part is;
    /// else the miss probabilities add up (union bound: P(some Upper_i is exceeded) &lt;= sum delta_i), and one uncertified
    /// part leaves the maximum uncertified.
    /// </summary>
    public static Certificate Max(IReadOnlyList<Certificate> parts, string detail)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("a maximum needs at least one certificate", nameof(parts));
        }
        var kind = parts.Any(p => p.Kind == CertificateKind.None) ? CertificateKind.None
            : parts.All(p => p.Kind == CertificateKind.Exact) ? CertificateKind.Exact
            : CertificateKind.Probabilistic;
        return new Certificate(kind, parts.Max(p => p.Lower), parts.Max(p => p.Upper), parts.Sum(p => p.Delta),
            parts.Max(p => p.BackwardError), parts.Min(p => p.Steps), parts.Max(p => p.Dimension),
            $"{detail}; the part with the largest upper end: {parts.MaxBy(p => p.Upper)!.Detail}");
    }

    /// <summary>The certificate of c * value for c &gt; 0 (e.g. max_l ||W_l||_2 / sqrt(m)).</summary>
    public Certificate Scaled(double factor) =>
        factor > 0
            ? this with { Lower = Lower * factor, Upper = Upper * factor, BackwardError = BackwardError * factor }
            : throw new ArgumentOutOfRangeException(nameof(factor), factor, "a certificate scales by a positive factor only");
}
