using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Quantities;

namespace BoundCheck.Validator.Tests.Verification.Quantities;

/// <summary>
/// r_t at Lhat* = 0 bounds the theorem's gap ratio (at Lhat* = min over B_t) from above only: it can prove the contraction
/// claim, never refute it.
/// </summary>
public sealed class ContractionRatioTests
{
    private static Measurement Recorded(double r) => new(r, 0, "recorded along GD", 0, MeasurementExit.Exact, 0);

    [Test]
    public void TheRecordedRatioIsTheUpperEndOfItsBracket()
    {
        var m = Measurers.Find("contraction_ratio")!.FromRecord(Recorded(0.9));
        Assert.That((m.Low, m.High), Is.EqualTo((0.0, 0.9)));
        // The theorem's ratio (a - x)/(b - x) for Lhat* = x in [0, a], a = Lhat(theta_{t+1}) = 0.9, b = Lhat(theta_t) = 1.
        foreach (var x in new[] { 0.0, 0.3, 0.6, 0.9 })
        {
            Assert.That((0.9 - x) / (1 - x), Is.InRange(m.Low!.Value, m.High!.Value));
        }
    }

    [Test]
    public void ARatioAboveTheBoundIsInconclusiveNotViolated()
    {
        var m = Measurers.Find("contraction_ratio")!.FromRecord(Recorded(0.99));
        var (verdict, _) = Judge.CompareInterval(m.Value, m.Low!.Value, m.High!.Value, 0.95, Relation.LessOrEqual, level: 1.0);
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        var below = Measurers.Find("contraction_ratio")!.FromRecord(Recorded(0.9));
        Assert.That(Judge.CompareInterval(below.Value, below.Low!.Value, below.High!.Value, 0.95, Relation.LessOrEqual, level: 1.0).Verdict,
            Is.EqualTo(Verdict.Holds));
    }
}
