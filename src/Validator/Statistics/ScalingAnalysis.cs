using System.Globalization;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Statistics;

/// <summary>Settings of a scaling fit.</summary>
/// <param name="Tolerance">Exponent tolerance of <see cref="ScalingJudge.Judge"/> (reported in every detail).</param>
/// <param name="Replicates">Bootstrap replicates.</param>
/// <param name="Seed">Seed of the bootstrap generator.</param>
public sealed record ScalingOptions(
    double Tolerance = ScalingJudge.DefaultTolerance,
    int Replicates = SlopeBootstrap.DefaultReplicates,
    int Seed = 1,
    double Level = 0.95);

/// <summary>Facade: fits, bootstrap intervals and verdicts as <see cref="FitResult"/> records for the report.</summary>
public static class ScalingAnalysis
{
    /// <summary>
    /// Fits the model in <paramref name="variable"/>, bootstraps the slope and judges it against the claimed
    /// exponent (or, without one, the bound's own exponent). Unusable observations (y &lt;= 0, NaN, x &lt;= 0 for
    /// a power law) are left out and counted in Detail; fewer than two distinct x values give inconclusive.
    /// </summary>
    public static FitResult Fit(
        string theorem, string quantity, string variable, IReadOnlyList<Observation> data, ScalingModel model,
        double? claimed, double? boundExponent, ScalingOptions? options = null)
    {
        options ??= new ScalingOptions();
        var usable = data.Where(o => ScalingFit.Usable(o, model)).ToList();
        var excluded = data.Count - usable.Count;
        var xs = usable.Select(o => o.X).Distinct().Order().ToList();
        var name = ScalingFit.Name(model);
        if (xs.Count < 2)
        {
            return new FitResult(theorem, quantity, variable, name, double.NaN, double.NaN, double.NaN, claimed, boundExponent,
                ScalingVerdict.Inconclusive, usable.Count, $"fewer than two distinct {variable} values with usable data ({excluded} excluded)");
        }
        var fit = ScalingFit.Fit(usable, model);
        var interval = SlopeBootstrap.Interval(usable, model, options.Replicates, options.Seed, options.Level);
        var target = claimed ?? boundExponent;
        var verdict = target is { } c
            ? ScalingJudge.Judge(interval.Low, interval.High, c, boundExponent, options.Tolerance)
            : ScalingVerdict.FitOnly;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{name} fit of log {quantity} on {(model == ScalingModel.Power ? "log " : "")}{variable}: slope {fit.Slope:G4} (OLS se {fit.SlopeStandardError:G3}), " +
            $"{options.Level:P0} bootstrap [{interval.Low:G4}, {interval.High:G4}] ({interval.Method}, B = {interval.Replicates}, seed {options.Seed}); " +
            $"{usable.Count} points, {xs.Count} {variable} values over {xs[^1] / xs[0]:G3}x, {usable.Select(o => o.Seed).Distinct().Count()} seeds" +
            $"{(excluded > 0 ? $", {excluded} excluded (y <= 0 or NaN)" : "")}; tolerance {options.Tolerance:G3}" +
            $"{(target is null ? "; no claimed exponent" : "")}");
        return new FitResult(theorem, quantity, variable, name, fit.Slope, interval.Low, interval.High, claimed, boundExponent,
            verdict, usable.Count, detail);
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
