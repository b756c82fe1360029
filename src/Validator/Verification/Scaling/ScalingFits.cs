using System.Globalization;
using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>Settings of a scaling verdict: the exponent tolerance of <see cref="ScalingJudge.Judge"/> and how intervals are computed.</summary>
public sealed record ScalingOptions(double Tolerance = ScalingJudge.DefaultTolerance, IntervalOptions? Intervals = null)
{
    /// <summary>The interval settings (defaults when none were given).</summary>
    public IntervalOptions IntervalSettings => Intervals ?? new IntervalOptions();
}

/// <summary>
/// Facade: a theorem-blind slope estimate (<see cref="SlopeIntervals"/>) judged against a claimed exponent, as a
/// <see cref="FitResult"/> for the report.
/// </summary>
public static class ScalingFits
{
    /// <summary>
    /// Fits the model in <paramref name="variable"/> and judges the slope's interval against the claimed exponent (or,
    /// without one, the bound's own exponent). Unusable observations (y &lt;= 0, NaN, x &lt;= 0 for a power law) are
    /// left out and counted in Detail; fewer than two distinct x values give inconclusive.
    /// </summary>
    public static FitResult Fit(
        string theorem, string quantity, string variable, IReadOnlyList<Observation> data, ScalingModel model,
        double? claimed, double? boundExponent, ScalingOptions? options = null)
    {
        options ??= new ScalingOptions();
        var usable = data.Where(o => ScalingFit.Usable(o, model)).ToList();
        var excluded = data.Count - usable.Count;
        var name = ScalingFit.Name(model);
        var estimate = SlopeIntervals.Estimate(usable, model, options.IntervalSettings);
        if (estimate.Missing)
        {
            return new FitResult(theorem, quantity, variable, name, double.NaN, double.NaN, double.NaN, claimed, boundExponent,
                ScalingVerdict.Inconclusive, usable.Count, $"fewer than two distinct {variable} values with usable data ({excluded} excluded)", estimate.Method);
        }
        var target = claimed ?? boundExponent;
        var verdict = target is { } c
            ? ScalingJudge.Judge(estimate.Low, estimate.High, c, boundExponent, options.Tolerance)
            : ScalingVerdict.FitOnly;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{name} fit of log {quantity} on {(model == ScalingModel.Power ? "log " : "")}{variable}: slope {estimate.Slope:G4} (pooled OLS se {estimate.OlsStandardError:G3}), " +
            $"{estimate.Level:P0} interval [{estimate.Low:G4}, {estimate.High:G4}] ({estimate.Method}); " +
            $"{usable.Count} points, {estimate.Values} {variable} values over {(model == ScalingModel.Power ? $"{estimate.Span:G3}x" : $"a range of {estimate.Span:G3}")}, {estimate.Seeds} seeds" +
            $"{(excluded > 0 ? $", {excluded} excluded (y <= 0 or NaN)" : "")}; tolerance {options.Tolerance:G3}" +
            $"{(target is null ? "; no claimed exponent" : "")}");
        return new FitResult(theorem, quantity, variable, name, estimate.Slope, estimate.Low, estimate.High, claimed, boundExponent,
            verdict, usable.Count, detail, estimate.Method);
    }

    /// <summary>
    /// Depth analysis: both models fitted (each a <see cref="FitResult"/> against its own claim, when given) and the
    /// AIC comparison; observations unusable by either model are left out of both so AIC compares the same data.
    /// </summary>
    public static (FitResult Power, FitResult Exponential, ModelComparison? Comparison) FitDepth(
        string theorem, string quantity, string variable, IReadOnlyList<Observation> data,
        double? claimedPower, double? claimedRate, ScalingOptions? options = null)
    {
        var usable = data.Where(o => ScalingFit.Usable(o, ScalingModel.Power)).ToList();
        var power = Fit(theorem, quantity, variable, usable, ScalingModel.Power, claimedPower, null, options);
        var exponential = Fit(theorem, quantity, variable, usable, ScalingModel.Exponential, claimedRate, null, options);
        if (usable.Select(o => o.X).Distinct().Count() < 2)
        {
            return (power, exponential, null);
        }
        var comparison = ModelChoice.Compare(usable);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"; AIC power {comparison.AicPower:G5}, exponential {comparison.AicExponential:G5}: {ScalingFit.Name(comparison.Preferred)} preferred (delta {comparison.DeltaAic:G3})");
        return (power with { Detail = power.Detail + note }, exponential with { Detail = exponential.Detail + note }, comparison);
    }
}
