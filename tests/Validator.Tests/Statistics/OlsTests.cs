using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Tests.Statistics;

public sealed class OlsTests
{
    [Test]
    public void Matches_the_closed_form_on_a_small_data_set()
    {
        // x = 1..4, y = (1, 3, 2, 5): xbar = 2.5, ybar = 2.75, Sxx = 5, Sxy = 5.5 -> b = 1.1, a = 0;
        // residuals (-0.1, 0.8, -1.3, 0.6): RSS = 2.7, s^2 = 1.35, se(b) = sqrt(1.35/5), se(a) = sqrt(1.35 (1/4 + 6.25/5)).
        var fit = Ols.Fit([1, 2, 3, 4], [1, 3, 2, 5]);
        Assert.That(fit.Slope, Is.EqualTo(1.1).Within(Tolerances.ClosedForm));
        Assert.That(fit.Intercept, Is.EqualTo(0.0).Within(Tolerances.ClosedForm));
        Assert.That(fit.ResidualSumOfSquares, Is.EqualTo(2.7).Within(Tolerances.ClosedForm));
        Assert.That(fit.SlopeStandardError, Is.EqualTo(Math.Sqrt(1.35 / 5)).Within(Tolerances.ClosedForm));
        Assert.That(fit.InterceptStandardError, Is.EqualTo(Math.Sqrt(1.35 * (0.25 + 6.25 / 5))).Within(Tolerances.ClosedForm));
        Assert.That(fit.RSquared, Is.EqualTo(1 - 2.7 / 8.75).Within(Tolerances.ClosedForm));
    }

    [Test]
    public void Exact_line_has_zero_residual_and_two_points_have_no_standard_error()
    {
        var exact = Ols.Fit([0, 1, 2, 3, 4], [3, 1, -1, -3, -5]);
        Assert.That(exact.Slope, Is.EqualTo(-2).Within(Tolerances.ClosedForm));
        Assert.That(exact.Intercept, Is.EqualTo(3).Within(Tolerances.ClosedForm));
        Assert.That(exact.SlopeStandardError, Is.EqualTo(0).Within(Tolerances.ClosedForm));
        Assert.That(Ols.Fit([1, 2], [1, 5]).SlopeStandardError, Is.NaN);
    }

    [Test]
    public void Constant_x_or_mismatched_lengths_are_programmer_errors()
    {
        Assert.Throws<ArgumentException>(() => Ols.Fit([2, 2, 2], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => Ols.Fit([1, 2, 3], [1, 2]));
    }

    [Test]
    public void Power_and_exponential_fits_recover_exact_laws()
    {
        Observation[] power = [.. new[] { 64.0, 128, 256, 512 }.Select(m => new Observation(m, 3 * Math.Pow(m, -0.5), 1))];
        Assert.That(ScalingFit.Fit(power, ScalingModel.Power).Slope, Is.EqualTo(-0.5).Within(Tolerances.ClosedForm));
        Assert.That(ScalingFit.Fit(power, ScalingModel.Power).Intercept, Is.EqualTo(Math.Log(3)).Within(Tolerances.ClosedForm));
        Observation[] exponential = [.. new[] { 1.0, 2, 3, 4, 6 }.Select(l => new Observation(l, 0.5 * Math.Exp(0.7 * l), 1))];
        Assert.That(ScalingFit.Fit(exponential, ScalingModel.Exponential).Slope, Is.EqualTo(0.7).Within(Tolerances.ClosedForm));
    }
}
