using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

public sealed class RelationTests
{
    private const double Slack = 1e-9;

    // Strict relations must clear the rounding slack; 0 > 0 was true on 84a2d2e (slack on the lenient side).
    [TestCase(Relation.Greater, 0.0, 0.0, false)]
    [TestCase(Relation.Greater, 1e-12, 0.0, false)]
    [TestCase(Relation.Greater, 1e-6, 0.0, true)]
    [TestCase(Relation.Less, 1.0, 1.0, false)]
    [TestCase(Relation.Less, 1.0 - 1e-12, 1.0, false)]
    [TestCase(Relation.GreaterOrEqual, -1e-12, 0.0, true)]
    [TestCase(Relation.LessOrEqual, 1.0 + 1e-12, 1.0, true)]
    [TestCase(Relation.Equal, 4.0 + 1e-12, 4.0, true)]
    [TestCase(Relation.Equal, 4.0 + 1e-6, 4.0, false)]
    public void StrictRelationsPutTheSlackAgainstThemselves(Relation relation, double left, double right, bool expected)
    {
        Assert.That(relation.Decide(left, right, Slack), Is.EqualTo(expected));
        Assert.That(relation.Holds(left, right, Slack), Is.EqualTo(expected));
    }

    // Infinity <= 4 was true with an infinite slack (1e-9 * max(1, |l|, |r|)) on 84a2d2e.
    [TestCase(Relation.LessOrEqual, double.PositiveInfinity, 4.0)]
    [TestCase(Relation.GreaterOrEqual, 4.0, double.NegativeInfinity)]
    [TestCase(Relation.Equal, double.PositiveInfinity, double.PositiveInfinity)]
    [TestCase(Relation.LessOrEqual, double.NaN, 4.0)]
    [TestCase(Relation.LessOrEqual, 4.0, 1e308 * 10)]
    public void ANonFiniteSideCannotBeDecided(Relation relation, double left, double right)
    {
        Assert.That(relation.Decide(left, right, Slack), Is.Null);
        Assert.That(relation.Holds(left, right, Slack), Is.False);
    }
}
