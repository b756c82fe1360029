using System.Globalization;
using MathNet.Numerics.Distributions;

namespace BoundCheck.Validator.Statistics;

/// <summary>How slope intervals are computed.</summary>
/// <param name="Level">Coverage of the interval.</param>
/// <param name="BootstrapFromSeeds">From this many seeds on, a bootstrap over seeds (percentile) replaces the t interval.</param>
/// <param name="Replicates">Bootstrap replicates.</param>
/// <param name="Seed">Seed of the bootstrap generator.</param>
public sealed record IntervalOptions(double Level = 0.95, int BootstrapFromSeeds = 20, int Replicates = SlopeBootstrap.DefaultReplicates, int Seed = 1);

/// <summary>A fitted slope with an interval and the way the interval was computed (theorem-blind).</summary>
/// <param name="Method">In words, for the report: "t over 5 seeds (df 4)", "t from the OLS residuals (one seed, df 3)", ...</param>
/// <param name="Seeds">Distinct seeds among the observations.</param>
/// <param name="Values">Distinct x values.</param>
/// <param name="Span">Largest over smallest x (power model) or largest minus smallest (exponential).</param>
public sealed record SlopeEstimate(
    double Slope, double Low, double High, double Level, string Method, double OlsStandardError, int Points, int Seeds, int Values, double Span)
{
    /// <summary>Too little data for a slope.</summary>
    public bool Missing => double.IsNaN(Slope);
}

/// <summary>
/// Slope intervals that are honest with few seeds. The seed is the independent unit (all x of one seed share data
/// and initialisation streams), so with 2 or more seeds the slope is fitted per seed and the interval is Student's t
/// over those slopes, mean +- t(S-1) sd / sqrt(S): with 3 seeds t(2) = 4.30, where a bootstrap over 3 seeds has only 10
/// distinct resamples and is far too narrow. With many seeds a bootstrap over seeds is used instead; with one seed,
/// the t interval of the OLS slope from its residuals (df n - 2), which treats the x values as independent.
/// </summary>
public static class SlopeIntervals
{
    /// <summary>The slope and its interval; all observations must be usable for the model.</summary>
    public static SlopeEstimate Estimate(IReadOnlyList<Observation> data, ScalingModel model, IntervalOptions? options = null)
    {
        options ??= new IntervalOptions();
        var xs = data.Select(o => o.X).Distinct().Order().ToList();
        var seeds = data.Select(o => o.Seed).Distinct().Count();
        var span = xs.Count == 0 ? double.NaN : model == ScalingModel.Power ? xs[^1] / xs[0] : xs[^1] - xs[0];
        if (xs.Count < 2)
        {
            return new SlopeEstimate(double.NaN, double.NaN, double.NaN, options.Level, "none (fewer than two distinct values)", double.NaN, data.Count, seeds, xs.Count, span);
        }
        var pooled = ScalingFit.Fit(data, model);
        var alpha = 1 - options.Level;
        var perSeed = data.GroupBy(o => o.Seed).Where(g => g.Select(o => o.X).Distinct().Count() >= 2)
            .Select(g => ScalingFit.Fit(g.ToList(), model).Slope).ToList();
        SlopeEstimate Result(double slope, double low, double high, string method) =>
            new(slope, low, high, options.Level, method, pooled.SlopeStandardError, data.Count, seeds, xs.Count, span);
        if (perSeed.Count >= options.BootstrapFromSeeds)
        {
            var boot = SlopeBootstrap.Interval(data, model, options.Replicates, options.Seed, options.Level);
            return Result(pooled.Slope, boot.Low, boot.High, string.Create(CultureInfo.InvariantCulture,
                $"bootstrap over {perSeed.Count} seeds (percentile, B = {boot.Replicates}, seed {options.Seed})"));
        }
        if (perSeed.Count >= 2)
        {
            var mean = perSeed.Average();
            var sd = Math.Sqrt(perSeed.Sum(s => (s - mean) * (s - mean)) / (perSeed.Count - 1));
            var half = StudentT.InvCDF(0, 1, perSeed.Count - 1, 1 - alpha / 2) * sd / Math.Sqrt(perSeed.Count);
            return Result(mean, mean - half, mean + half, string.Create(CultureInfo.InvariantCulture,
                $"t over {perSeed.Count} seeds (one slope per seed, df {perSeed.Count - 1})"));
        }
        if (data.Count >= 3 && double.IsFinite(pooled.SlopeStandardError))
        {
            var half = StudentT.InvCDF(0, 1, data.Count - 2, 1 - alpha / 2) * pooled.SlopeStandardError;
            return Result(pooled.Slope, pooled.Slope - half, pooled.Slope + half, string.Create(CultureInfo.InvariantCulture,
                $"t from the OLS residuals (one seed, df {data.Count - 2}; treats the {xs.Count} values as independent)"));
        }
        return Result(pooled.Slope, double.NaN, double.NaN, "none (two points fit a line exactly)");
    }
}
