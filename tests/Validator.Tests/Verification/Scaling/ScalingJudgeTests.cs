using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Verification;

using BoundCheck.Validator.Tests.Statistics;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class ScalingJudgeTests
{
    // Claim O(m^-1/2) (c = -0.5), tolerance 0.1 so the consistency edge is -0.4.
    [TestCase(-0.62, -0.45, null, ScalingVerdict.Consistent)]
    [TestCase(-0.55, -0.40, null, ScalingVerdict.Consistent)]       // upper end exactly c + tol
    [TestCase(-0.50, -0.39, null, ScalingVerdict.Inconclusive)]     // straddles c + tol
    [TestCase(-0.90, 0.10, null, ScalingVerdict.Inconclusive)]      // too wide
    [TestCase(-0.39, -0.20, null, ScalingVerdict.Inconsistent)]     // grows faster than claimed
    [TestCase(0.05, 0.15, null, ScalingVerdict.Inconsistent)]
    [TestCase(-1.10, -0.95, null, ScalingVerdict.BoundNotTight)]    // decays faster than claimed
    [TestCase(-0.70, -0.61, null, ScalingVerdict.BoundNotTight)]
    [TestCase(-0.70, -0.60, null, ScalingVerdict.Consistent)]       // not strictly below c - tol
    [TestCase(-1.10, -0.95, -1.0, ScalingVerdict.Consistent)]       // the explicit bound itself decays like m^-1
    [TestCase(-1.30, -1.15, -1.0, ScalingVerdict.BoundNotTight)]
    [TestCase(-0.70, -0.62, 0.0, ScalingVerdict.BoundNotTight)]     // min(c, b) = c
    [TestCase(double.NaN, -0.5, null, ScalingVerdict.Inconclusive)]
    public void Verdict_table(double low, double high, double? bound, ScalingVerdict expected) =>
        Assert.That(ScalingJudge.Judge(low, high, -0.5, bound, 0.1), Is.EqualTo(expected));

    [Test]
    public void Tolerance_moves_the_edges()
    {
        Assert.That(ScalingJudge.Judge(-0.5, -0.35, -0.5, null, 0.2), Is.EqualTo(ScalingVerdict.Consistent));
        Assert.That(ScalingJudge.Judge(-0.5, -0.35, -0.5, null, 0.0), Is.EqualTo(ScalingVerdict.Inconclusive));
    }
}
