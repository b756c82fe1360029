using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Verification.Quantities;

namespace BoundCheck.Validator.Tests.Verification.Quantities;

public sealed class CatalogueTests
{
    private static IEnumerable<string> MeasuredNames() => Vocabulary.All.Where(q => q.Kind == QuantityKind.Measured).Select(q => q.Name);

    [TestCaseSource(nameof(MeasuredNames))]
    public void EveryMeasuredVocabularyQuantityHasExactlyOneMeasurer(string name) =>
        Assert.That(Measurers.All.Count(m => m.Name == name), Is.EqualTo(1));

    [Test]
    public void EveryMeasurerMeasuresAVocabularyQuantity()
    {
        foreach (var measurer in Measurers.All)
        {
            Assert.That(Vocabulary.Find(measurer.Name)?.Kind, Is.EqualTo(QuantityKind.Measured), measurer.Name);
        }
    }

    [Test]
    public void AliasesAreUniqueAndNoneIsAlsoAName()
    {
        var aliases = Measurers.All.Select(m => m.Alias).OfType<string>().ToList();
        Assert.That(aliases, Is.Unique);
        Assert.That(aliases.Intersect(Measurers.All.Select(m => m.Name)), Is.Empty);
        foreach (var measurer in Measurers.All)
        {
            Assert.That(Measurers.FindByNameOrAlias(measurer.Name), Is.SameAs(measurer));
            Assert.That(measurer.Alias is null || Measurers.FindByNameOrAlias(measurer.Alias) == measurer, Is.True, measurer.Name);
        }
    }

    [Test]
    public void TheQuantitiesTakenFromTheGdPathAreTheOnesItRecords() =>
        Assert.That(Measurers.All.Where(m => m.RecordedAlongGd).Select(m => m.Name), Is.EquivalentTo(Trajectory.RecordedQuantities));

    // A short GD run records a value of every quantity it claims to record at step 0 (and the step quantities end before the last step).
    [Test]
    public void ATrajectoryRecordsEveryQuantityItLists()
    {
        var c = TestNets.Make(new Architecture(3, [5, 5], Activations.Tanh), 4, 7, 0.5);
        var path = new Trajectory(c.Evaluator(), c.Theta, c.Targets, 0.05, 3, null, CancellationToken.None);
        foreach (var quantity in Trajectory.RecordedQuantities)
        {
            Assert.That(path.Value(quantity, 0), Is.Not.Null, quantity);
        }
        Assert.That(path.Value("not_a_quantity", 0), Is.Null);
    }
}
