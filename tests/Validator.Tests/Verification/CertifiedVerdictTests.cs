using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>A spectral verdict compares the certified interval, not the Ritz value.</summary>
public sealed class CertifiedVerdictTests
{
    private static Measurement Certified(double value, double lower, double upper, CertificateKind kind, double delta = 1e-3) =>
        new(value, 1e-9, "test", 10, MeasurementExit.Converged, 0, Certificate: new Certificate(kind, lower, upper, kind == CertificateKind.Exact ? 0 : delta, 0, 10, 100, "test"));

    [Test]
    public void An_upper_bound_below_the_certified_upper_end_does_not_hold_even_when_the_ritz_value_is_below_it()
    {
        var (verdict, reason) = CertifiedComparison.Compare(Certified(0.9, 0.9, 1.05, CertificateKind.Probabilistic), 1.0, Relation.LessOrEqual);
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(reason, Does.Contain("1.05"));
        Assert.That(Judge.Compare(0.9, 1e-9, 1.0, Relation.LessOrEqual).Verdict, Is.EqualTo(Verdict.Holds), "the uncertified comparison would hold");
    }

    [Test]
    public void It_holds_when_the_certified_upper_end_is_below_the_bound() =>
        Assert.That(CertifiedComparison.Compare(Certified(0.9, 0.9, 0.95, CertificateKind.Probabilistic), 1.0, Relation.LessOrEqual).Verdict,
            Is.EqualTo(Verdict.Holds));

    [Test]
    public void A_rigorous_lower_end_above_the_bound_is_a_violation() =>
        Assert.That(CertifiedComparison.Compare(Certified(1.2, 1.1, 1.3, CertificateKind.Probabilistic), 1.0, Relation.LessOrEqual).Verdict,
            Is.EqualTo(Verdict.Violated));

    [Test]
    public void An_uncertified_value_never_holds_but_can_witness_a_violation()
    {
        var low = Certified(0.5, 0.5, double.PositiveInfinity, CertificateKind.None);
        Assert.That(CertifiedComparison.Compare(low, 1.0, Relation.LessOrEqual).Verdict, Is.EqualTo(Verdict.Inconclusive));
        var high = Certified(1.5, 1.5, double.PositiveInfinity, CertificateKind.None);
        Assert.That(CertifiedComparison.Compare(high, 1.0, Relation.LessOrEqual).Verdict, Is.EqualTo(Verdict.Violated));
    }

    [Test]
    public void A_lower_bound_needs_the_lower_end_above_it() =>
        Assert.That(CertifiedComparison.Compare(Certified(1.2, 0.95, 1.3, CertificateKind.Exact), 1.0, Relation.GreaterOrEqual).Verdict,
            Is.EqualTo(Verdict.Inconclusive));

    [Test]
    public void The_claim_certificate_is_a_union_bound_over_its_points()
    {
        Assert.That(CertifiedComparison.Of([Certified(1, 1, 1, CertificateKind.Exact), Certified(1, 1, 1, CertificateKind.Exact)])!.Label, Is.EqualTo("exact"));
        Assert.That(CertifiedComparison.Of([Certified(1, 1, 1, CertificateKind.Exact), Certified(1, 1, 1.01, CertificateKind.Probabilistic),
            Certified(1, 1, 1.01, CertificateKind.Probabilistic)])!.Label, Is.EqualTo("P(miss) <= 0.002"));
        Assert.That(CertifiedComparison.Of([Certified(1, 1, double.PositiveInfinity, CertificateKind.None)])!.Label, Is.EqualTo("none"));
        Assert.That(CertifiedComparison.Of([new Measurement(1, 0, "plain", 0, MeasurementExit.Exact, 0)]), Is.Null);
    }

    [Test]
    public void A_sweep_combines_the_certificates_stored_with_its_points()
    {
        double[] metrics = [0.001, 0, 0.002];
        var combined = ClaimCertificate.Combine(metrics.Select(ClaimCertificate.FromMetric));
        Assert.That(combined!.Label, Is.EqualTo("P(miss) <= 0.003"));
        Assert.That(combined.Values, Is.EqualTo(3));
        Assert.That(ClaimCertificate.Combine([ClaimCertificate.FromMetric(0), ClaimCertificate.FromMetric(-1)])!.Label, Is.EqualTo("none"));
        Assert.That(ClaimCertificate.FromMetric(double.NaN), Is.Null);
        Assert.That(ClaimCertificate.FromMetric(new ClaimCertificate(ClaimCertificate.None, double.PositiveInfinity, 2).ToMetric())!.Kind, Is.EqualTo(ClaimCertificate.None));
    }
}
