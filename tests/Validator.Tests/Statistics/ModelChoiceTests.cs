using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Tests.Statistics;

public sealed class ModelChoiceTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Aic_picks_exponential_on_exponential_data(int dataSeed)
    {
        var comparison = ModelChoice.Compare(SyntheticData.Exponential(0.8, seeds: 3, noise: 0.05, dataSeed));
        Assert.That(comparison.Preferred, Is.EqualTo(ScalingModel.Exponential));
        Assert.That(comparison.Exponential.Slope, Is.EqualTo(0.8).Within(Tolerances.NoisyFitSlope));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Aic_picks_power_on_power_data(int dataSeed)
    {
        var comparison = ModelChoice.Compare(SyntheticData.PowerLaw(2, seeds: 3, noise: 0.05, dataSeed, xs: [1, 2, 3, 4, 6, 8]));
        Assert.That(comparison.Preferred, Is.EqualTo(ScalingModel.Power));
        Assert.That(comparison.AicPower, Is.LessThan(comparison.AicExponential));
    }

    [Test]
    public void Aic_is_the_gaussian_formula_with_three_parameters()
    {
        var fit = Ols.Fit([1, 2, 3, 4], [1, 3, 2, 5]);
        Assert.That(ModelChoice.Aic(fit), Is.EqualTo(4 * Math.Log(2.7 / 4) + 6).Within(Tolerances.ClosedForm));
    }
}
