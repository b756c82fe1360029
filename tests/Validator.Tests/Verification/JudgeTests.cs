using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Tests.Verification;

public sealed class JudgeTests
{
    [TestCase(1.0, 0.01, 2.0, Relation.LessOrEqual, Verdict.Holds)]
    [TestCase(3.0, 0.01, 2.0, Relation.LessOrEqual, Verdict.Violated)]
    [TestCase(1.995, 0.01, 2.0, Relation.LessOrEqual, Verdict.Inconclusive)]
    [TestCase(2.005, 0.01, 2.0, Relation.LessOrEqual, Verdict.Inconclusive)]
    [TestCase(3.0, 0.01, 2.0, Relation.GreaterOrEqual, Verdict.Holds)]
    [TestCase(1.0, 0.01, 2.0, Relation.GreaterOrEqual, Verdict.Violated)]
    [TestCase(double.NaN, 0.01, 2.0, Relation.LessOrEqual, Verdict.Inconclusive)]
    [TestCase(1.0, double.NaN, 2.0, Relation.LessOrEqual, Verdict.Inconclusive)]
    [TestCase(1.0, 0.0, double.NaN, Relation.LessOrEqual, Verdict.Inconclusive)]
    public void VerdictFollowsTheErrorBar(double measured, double error, double bound, Relation relation, Verdict expected)
    {
        Assert.That(Judge.Compare(measured, error, bound, relation).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void AnUpperBoundAboveTheTrivialBoundIsVacuous()
    {
        var (verdict, reason) = Judge.Compare(0.3, 0.0, 1.5, Relation.LessOrEqual, NaturalRange.UnitInterval);
        Assert.That(verdict, Is.EqualTo(Verdict.Vacuous));
        Assert.That(reason, Does.Contain("at or above 1"));
    }

    [Test]
    public void InconclusiveNamesTheInterval()
    {
        var (_, reason) = Judge.Compare(1.995, 0.01, 2.0, Relation.LessOrEqual);
        Assert.That(reason, Does.Contain("1.985").And.Contain("2.005"));
    }

    [Test]
    public void TightnessIsMeasuredOverBound()
    {
        Assert.That(Judge.Tightness(1.0, 4.0), Is.EqualTo(0.25).Within(Tolerances.OneDivision));
        Assert.That(Judge.Tightness(1.0, 0.0), Is.Null);
    }

    [TestCase(0.9, 0.7, 0.98, 0.95, Verdict.Inconclusive)]
    [TestCase(0.5, 0.3, 0.7, 0.95, Verdict.Violated)]
    [TestCase(1.0, 0.86, 1.0, 0.95, Verdict.Inconclusive)]
    [TestCase(1.0, 0.96, 1.0, 0.95, Verdict.Holds)]
    public void RatesAreJudgedByTheirInterval(double estimate, double low, double high, double floor, Verdict expected)
    {
        Assert.That(Judge.CompareInterval(estimate, low, high, floor, Relation.GreaterOrEqual).Verdict, Is.EqualTo(expected));
    }
}
