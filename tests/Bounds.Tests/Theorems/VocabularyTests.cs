using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

public sealed class VocabularyTests
{
    [Test]
    public void NamesAreUnique() => Assert.That(Vocabulary.All.Select(q => q.Name), Is.Unique);

    // Declared values come with the setting; measured ones take their value somewhere a checker measures.
    [Test]
    public void DeclaredQuantitiesAndOnlyThoseArePerSetting()
    {
        foreach (var quantity in Vocabulary.All)
        {
            Assert.That(quantity.Aggregation == Aggregation.PerSetting, Is.EqualTo(quantity.Kind == QuantityKind.Declared), quantity.Name);
        }
    }

    [TestCase("hessian_norm_predictor", true)]
    [TestCase("ntk_lambda_min", true)]
    [TestCase("loss", true)]
    [TestCase("layer_distance_max", true)]
    [TestCase("loss0", false)]
    [TestCase("init_spectral_max", false)]
    [TestCase("input_norm_max", false)]
    [TestCase("init_event_rate", false)]
    [TestCase("data.n", false)]
    public void PointDependenceFollowsTheAggregation(string name, bool pointDependent) =>
        Assert.That(Vocabulary.Find(name)!.Aggregation.IsPointDependent(), Is.EqualTo(pointDependent));

    [Test]
    public void OnlyMaximaOverInputsSayOverInputs() =>
        Assert.That(Vocabulary.All.Where(q => q.OverInputs).Select(q => q.Name),
            Is.EquivalentTo(new[] { "hessian_norm_predictor", "grad_norm_predictor" }));
}
