using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// Judges a spectral measurement by its certificate (DESIGN.md: "the value compared with the bound is the certified
/// one"): the certified interval [Lower, Upper] is the error bar, so an upper bound holds only when Upper &lt;= bound and
/// is violated only when Lower &gt; bound (lower bounds the other way round). A value without a usable certificate may
/// still witness a violation but never holds.
/// </summary>
internal static class CertifiedComparison
{
    public static (Verdict Verdict, string? Reason) Compare(Measurement measured, double bound, Relation relation, NaturalRange? range = null)
    {
        if (measured.Certificate is not { } c)
        {
            return Judge.Compare(measured.Value, measured.Error, bound, relation, range);
        }
        if (c.Kind == CertificateKind.None)
        {
            var (verdict, reason) = Judge.Compare(measured.Value, measured.Error, bound, relation, range);
            return verdict == Verdict.Holds ? (Verdict.Inconclusive, $"the value is not certified ({c.Detail})") : (verdict, reason);
        }
        return Judge.Compare((c.Lower + c.Upper) / 2, (c.Upper - c.Lower) / 2, bound, relation, range);
    }

    /// <summary>
    /// The certificate of a claim judged at several points: the union bound over its points' certificates (the probability
    /// that any certified upper end was exceeded is at most the sum of theirs); null when no value carried one.
    /// </summary>
    public static ClaimCertificate? Of(IEnumerable<Measurement?> measured) =>
        ClaimCertificate.Combine(measured.Select(m => m?.Certificate).OfType<Certificate>().Select(c => new ClaimCertificate(
            c.Kind switch { CertificateKind.Exact => ClaimCertificate.Exact, CertificateKind.None => ClaimCertificate.None, _ => ClaimCertificate.Probabilistic },
            c.Kind == CertificateKind.None ? double.PositiveInfinity : c.Delta, 1)));
}
