using System.Runtime.InteropServices;

namespace BoundCheck.Validator.Statistics;

/// <summary>A bootstrap percentile interval of a fitted slope.</summary>
/// <param name="Method">"seeds" (resampling whole seeds), "residuals" (one seed), or "none" (too little data).</param>
/// <param name="Degenerate">Replicates skipped because all their x were equal.</param>
public sealed record BootstrapInterval(double Low, double High, double Level, string Method, int Replicates, int Degenerate);

/// <summary>
/// Bootstrap of the slope of a scaling fit (Efron and Tibshirani, An Introduction to the Bootstrap, 1993). With two or more seeds each replicate draws as many
/// seeds as there are, with replacement, and keeps every x of each drawn seed: the seed is the independent unit
/// (all widths of one seed share data and init streams). With one seed it falls back to a residual bootstrap
/// (residuals rescaled by sqrt(n/(n-2)) to undo the shrinkage of OLS residuals), which keeps the design of x
/// fixed; pairs would often redraw a single x. Percentile interval; seeded, bit-identical per seed.
/// </summary>
public static class SlopeBootstrap
{
    /// <summary>Default number of replicates.</summary>
    public const int DefaultReplicates = 2000;

    /// <summary>Percentile interval of the slope. All observations must be usable for the model.</summary>
    public static BootstrapInterval Interval(
        IReadOnlyList<Observation> data, ScalingModel model, int replicates = DefaultReplicates, int seed = 1, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 10);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        }
        var groups = data.GroupBy(o => o.Seed).OrderBy(g => g.Key).Select(g => Transformed(g.ToArray(), model)).ToArray();
        var random = new Random(seed);
        var slopes = new List<double>(replicates);
        var degenerate = 0;
        string method;
        if (groups.Length >= 2)
        {
            method = "seeds";
            var x = new List<double>();
            var y = new List<double>();
            for (var b = 0; b < replicates; b++)
            {
                x.Clear();
                y.Clear();
                for (var g = 0; g < groups.Length; g++)
                {
                    var (gx, gy) = groups[random.Next(groups.Length)];
                    x.AddRange(gx);
                    y.AddRange(gy);
                }
                var span = CollectionsMarshal.AsSpan(x);
                if (span.IndexOfAnyExcept(span[0]) < 0)
                {
                    degenerate++;
                    continue;
                }
                slopes.Add(Ols.Fit(span, CollectionsMarshal.AsSpan(y)).Slope);
            }
        }
        else if (data.Count >= 3 && data.Select(o => o.X).Distinct().Count() >= 2)
        {
            method = "residuals";
            ResidualReplicates(data, model, replicates, random, slopes);
        }
        else
        {
            return new BootstrapInterval(double.NaN, double.NaN, level, "none", 0, 0);
        }
        if (slopes.Count == 0)
        {
            return new BootstrapInterval(double.NaN, double.NaN, level, method, 0, degenerate);
        }
        slopes.Sort();
        var alpha = 1 - level;
        return new BootstrapInterval(Quantile(slopes, alpha / 2), Quantile(slopes, 1 - alpha / 2), level, method, slopes.Count, degenerate);
    }

    private static (double[] X, double[] Y) Transformed(Observation[] group, ScalingModel model)
    {
        var x = new double[group.Length];
        var y = new double[group.Length];
        ScalingFit.Transform(group, model, x, y);
        return (x, y);
    }

    private static void ResidualReplicates(IReadOnlyList<Observation> data, ScalingModel model, int replicates, Random random, List<double> slopes)
    {
        var n = data.Count;
        var x = new double[n];
        var y = new double[n];
        ScalingFit.Transform(data, model, x, y);
        var fit = Ols.Fit(x, y);
        var scale = Math.Sqrt(n / (n - 2.0));
        var residuals = new double[n];
        for (var i = 0; i < n; i++)
        {
            residuals[i] = scale * (y[i] - fit.Intercept - fit.Slope * x[i]);
        }
        var yStar = new double[n];
        for (var b = 0; b < replicates; b++)
        {
            for (var i = 0; i < n; i++)
            {
                yStar[i] = fit.Intercept + fit.Slope * x[i] + residuals[random.Next(n)];
            }
            slopes.Add(Ols.Fit(x, yStar).Slope);
        }
    }

    /// <summary>Quantile of sorted values, linear interpolation between order statistics (Hyndman-Fan type 7).</summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
