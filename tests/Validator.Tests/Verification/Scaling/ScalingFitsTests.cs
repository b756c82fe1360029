using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Verification;

using BoundCheck.Validator.Tests.Statistics;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class ScalingFitsTests
{
    [TestCase(-0.5, ScalingVerdict.Consistent)]
    [TestCase(-1.0, ScalingVerdict.BoundNotTight)]
    [TestCase(0.0, ScalingVerdict.Inconsistent)]
    public void Width_fit_against_a_claimed_minus_one_half(double trueSlope, ScalingVerdict expected)
    {
        var data = SyntheticData.PowerLaw(trueSlope, seeds: 5, noise: 0.03, dataSeed: 21);
        var fit = ScalingFits.Fit("t", "hessian_norm", "m", data, ScalingModel.Power, -0.5, null);
        Assert.That(fit.Verdict, Is.EqualTo(expected), fit.Detail);
        Assert.That(fit.Slope, Is.EqualTo(trueSlope).Within(Tolerances.NoisyFitSlope));
        Assert.That(fit.Points, Is.EqualTo(30));
        Assert.That(fit.Model, Is.EqualTo("power"));
        Assert.That(fit.Detail, Does.Contain("tolerance 0.1").And.Contain("seeds"));
    }

    [Test]
    public void Unusable_values_are_excluded_and_counted()
    {
        var data = SyntheticData.PowerLaw(-0.5, seeds: 3, noise: 0.03, dataSeed: 2);
        data.Add(new Observation(64, double.NaN, 1));
        data.Add(new Observation(128, -1, 2));
        var fit = ScalingFits.Fit("t", "q", "m", data, ScalingModel.Power, -0.5, null);
        Assert.That(fit.Points, Is.EqualTo(18));
        Assert.That(fit.Detail, Does.Contain("2 excluded"));
    }

    [Test]
    public void A_single_width_is_inconclusive()
    {
        var fit = ScalingFits.Fit("t", "q", "m", [new Observation(64, 1, 1), new Observation(64, 2, 2)], ScalingModel.Power, -0.5, null);
        Assert.That(fit.Verdict, Is.EqualTo(ScalingVerdict.Inconclusive));
        Assert.That(fit.Slope, Is.NaN);
    }

    [Test]
    public void Depth_fit_reports_both_models_and_the_aic_choice()
    {
        var (power, exponential, comparison) = ScalingFits.FitDepth("t", "q", "L", SyntheticData.Exponential(0.8, 3, 0.05, 4), null, null);
        Assert.That(comparison!.Preferred, Is.EqualTo(ScalingModel.Exponential));
        Assert.That(power.Model, Is.EqualTo("power"));
        Assert.That(exponential.Model, Is.EqualTo("exponential"));
        Assert.That(exponential.Slope, Is.EqualTo(0.8).Within(Tolerances.NoisyFitSlope));
        Assert.That(power.Detail, Does.Contain("exponential preferred"));
        Assert.That(power.Verdict, Is.EqualTo(ScalingVerdict.FitOnly), "no claim given");
    }
}
