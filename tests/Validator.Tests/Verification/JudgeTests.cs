using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Tests.Verification;

public sealed class JudgeTests
{
    [TestCase(1.0, 0.01, 2.0, Relation.AtMost, Verdict.Holds)]
    [TestCase(3.0, 0.01, 2.0, Relation.AtMost, Verdict.Violated)]
    [TestCase(1.995, 0.01, 2.0, Relation.AtMost, Verdict.Inconclusive)]
    [TestCase(2.005, 0.01, 2.0, Relation.AtMost, Verdict.Inconclusive)]
    [TestCase(3.0, 0.01, 2.0, Relation.AtLeast, Verdict.Holds)]
    [TestCase(1.0, 0.01, 2.0, Relation.AtLeast, Verdict.Violated)]
    [TestCase(double.NaN, 0.01, 2.0, Relation.AtMost, Verdict.Inconclusive)]
    [TestCase(1.0, double.NaN, 2.0, Relation.AtMost, Verdict.Inconclusive)]
    [TestCase(1.0, 0.0, double.NaN, Relation.AtMost, Verdict.Inconclusive)]
    public void VerdictFollowsTheErrorBar(double measured, double error, double bound, Relation relation, Verdict expected)
    {
        Assert.That(Judge.Compare(measured, error, bound, relation).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void AnUpperBoundAboveTheTrivialBoundIsVacuous()
    {
        var (verdict, reason) = Judge.Compare(0.3, 0.0, 1.5, Relation.AtMost, trivialBound: 1.0);
        Assert.That(verdict, Is.EqualTo(Verdict.Vacuous));
        Assert.That(reason, Does.Contain("a-priori"));
    }

    [Test]
    public void InconclusiveNamesTheInterval()
    {
        var (_, reason) = Judge.Compare(1.995, 0.01, 2.0, Relation.AtMost);
        Assert.That(reason, Does.Contain("1.985").And.Contain("2.005"));
    }

    [TestCase(1.0, 4.0, 0.25)]
    [TestCase(1.0, 0.0, null)]
    public void TightnessIsMeasuredOverBound(double measured, double bound, double? expected)
    {
        Assert.That(Judge.Tightness(measured, bound), Is.EqualTo(expected));
    }
}
