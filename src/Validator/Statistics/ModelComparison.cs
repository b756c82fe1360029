namespace BoundCheck.Validator.Statistics;

/// <summary>Both scaling models fitted to the same data, with their AIC.</summary>
/// <param name="DeltaAic">|AicPower - AicExponential|; below about 2 the data barely prefer either model.</param>
public sealed record ModelComparison(
    LinearFit Power,
    LinearFit Exponential,
    double AicPower,
    double AicExponential,
    ScalingModel Preferred,
    double DeltaAic);

/// <summary>Power law versus exponential in one variable (poly(L) versus gamma^L growth).</summary>
public static class ModelChoice
{
    /// <summary>
    /// Fits log y = a + b log x and log y = a + c x to the same observations and picks the lower AIC,
    /// AIC = n ln(RSS/n) + 2k with k = 3 (a, slope, noise variance) for both. Both models explain the same
    /// response log y with the same number of parameters, so this is the lower residual sum of squares;
    /// a tie goes to the power law. All observations must be usable by both models (x &gt; 0, y &gt; 0).
    /// </summary>
    public static ModelComparison Compare(IReadOnlyList<Observation> data)
    {
        var power = ScalingFit.Fit(data, ScalingModel.Power);
        var exponential = ScalingFit.Fit(data, ScalingModel.Exponential);
        var aicPower = Aic(power);
        var aicExponential = Aic(exponential);
        var preferred = aicExponential < aicPower ? ScalingModel.Exponential : ScalingModel.Power;
        return new ModelComparison(power, exponential, aicPower, aicExponential, preferred, Math.Abs(aicPower - aicExponential));
    }

    /// <summary>Gaussian AIC of a line fit with k = 3 parameters.</summary>
    public static double Aic(LinearFit fit) => fit.N * Math.Log(fit.ResidualSumOfSquares / fit.N) + 2 * 3;
}
