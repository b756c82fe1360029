using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

public sealed class QuantityFactsTests
{
    [Test]
    public void EveryVocabularyQuantityHasItsFactsAndNoOtherNameHas()
    {
        Assert.That(Vocabulary.NamesWithFacts, Is.EquivalentTo(Vocabulary.All.Select(q => q.Name)));
    }

    [TestCase(Relation.GreaterOrEqual, -4.7, true)]
    [TestCase(Relation.GreaterOrEqual, 0.0, true)]
    [TestCase(Relation.Greater, 0.0, false)]
    [TestCase(Relation.GreaterOrEqual, 0.01, false)]
    [TestCase(Relation.LessOrEqual, 1e300, false)]
    public void ALowerBoundAtOrBelowZeroOnANonNegativeQuantityIsTrivial(Relation relation, double bound, bool trivial)
    {
        Assert.That(NaturalRange.NonNegative.Trivial(relation, bound) is not null, Is.EqualTo(trivial));
    }

    [TestCase(Relation.LessOrEqual, 1.0, true)]
    [TestCase(Relation.Less, 1.0, false)]
    [TestCase(Relation.LessOrEqual, 0.99, false)]
    [TestCase(Relation.GreaterOrEqual, 0.0, true)]
    public void TheUnitIntervalHasTrivialBoundsAtBothEnds(Relation relation, double bound, bool trivial)
    {
        Assert.That(NaturalRange.UnitInterval.Trivial(relation, bound) is not null, Is.EqualTo(trivial));
    }

    [Test]
    public void ARankIsBoundedByTheRowsOfItsMatrix()
    {
        var range = Vocabulary.Facts("feature_rank")!.Range.Resolve(new Dictionary<string, double> { ["data.n"] = 32 });
        Assert.That(range.High, Is.EqualTo(32));
        Assert.That(range.Trivial(Relation.LessOrEqual, 32), Is.Not.Null);
        Assert.That(range.AtTheEnd(Relation.GreaterOrEqual, 32), Is.True);
        Assert.That(range.AtTheEnd(Relation.GreaterOrEqual, 31), Is.False);
    }

    [Test]
    public void EstimatedConstantsNameTheDirectionOfTheirError()
    {
        Assert.That(Vocabulary.Facts("pl_alpha_estimate")!.Estimate!.Error, Is.EqualTo(EstimateError.OverEstimate));
        Assert.That(Vocabulary.Facts("smoothness_estimate")!.Estimate!.Error, Is.EqualTo(EstimateError.UnderEstimate));
    }
}
