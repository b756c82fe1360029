using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>Where, in width, alpha_t &gt; 0 starts at one cone parameter kappa: measured, and extrapolated from a fit.</summary>
/// <param name="Kappa">The cone parameter (c1 = 2 kappa^2).</param>
/// <param name="Seeds">Seeds run at every width.</param>
/// <param name="SeedsAdmittingStart">Seeds whose GD step at t = 0 lies in Q_kappa at the largest width (the frontier at t = 0 needs it).</param>
/// <param name="FirstAllSeeds">The smallest width run at which every seed has an admitted step with alpha_t &gt; 0.</param>
/// <param name="FirstSomeSeed">The smallest width run at which some seed has one.</param>
/// <param name="SeedsBitingAtTop">Seeds with an admitted step with alpha_t &gt; 0 at the largest width.</param>
/// <param name="Crossing">The width where the fitted sqrt(m) ||gbar_0||^2 meets c2/c1 (null: no crossing up to 2^64).</param>
/// <param name="CrossingLow">Smallest per-seed crossing (equal to Crossing with one seed).</param>
/// <param name="CrossingHigh">Largest per-seed crossing.</param>
/// <param name="Slope">Fitted exponent of sqrt(m) ||gbar_0||^2 in m (1/2 when ||gbar_0||^2 does not depend on m).</param>
public sealed record RscFrontierPoint(
    double Kappa,
    int Seeds,
    int SeedsAdmittingStart,
    int? FirstAllSeeds,
    int? FirstSomeSeed,
    int SeedsBitingAtTop,
    double? Crossing,
    double? CrossingLow,
    double? CrossingHigh,
    double Slope)
{
    /// <summary>Whether the GD step at t = 0 lies in Q_kappa on every seed.</summary>
    public bool ConeAdmitsStart => SeedsAdmittingStart == Seeds;
}

/// <summary>
/// The applicability frontier of alpha_t = c1 ||gbar_t||^2 - c2/sqrt(m) &gt; 0 at t = 0: a least-squares line through
/// log(sqrt(m) ||gbar_0||^2) against log m over the widths run, against the theorem's own c2/c1 at every m
/// (<see cref="RscProfile.C2At"/>), solved for the crossing by bisection in log m.
/// </summary>
public static class RscFrontier
{
    public static RscFrontierPoint At(IReadOnlyList<RscProfile> profiles, double kappa)
    {
        var widths = profiles.Select(p => p.Width).Distinct().Order().ToList();
        List<RscProfile> At(int m) => [.. profiles.Where(p => p.Width == m)];
        var all = widths.Cast<int?>().FirstOrDefault(m => At(m!.Value).All(p => p.FirstPositive(kappa) is not null));
        var some = widths.Cast<int?>().FirstOrDefault(m => At(m!.Value).Any(p => p.FirstPositive(kappa) is not null));
        var top = At(widths[^1]);
        var fit = Fit(profiles);
        var crossing = fit is null ? null : Crossing(fit, profiles[0], kappa, widths[0]);
        var perSeed = profiles.GroupBy(p => p.Seed).Select(g => Fit([.. g]) is { } f ? Crossing(f, g.First(), kappa, widths[0]) : null).ToList();
        var known = perSeed.OfType<double>().ToList();
        var ranged = known.Count == perSeed.Count && known.Count > 0;
        return new RscFrontierPoint(kappa, top.Count, top.Count(p => p.Admitted(0, kappa)), all, some, top.Count(p => p.FirstPositive(kappa) is not null),
            crossing, ranged ? known.Min() : null, ranged ? known.Max() : null, fit?.Slope ?? double.NaN);
    }

    /// <summary>The fitted line through (log m, log sqrt(m) ||gbar_0||^2), or null with fewer than two widths.</summary>
    public static LinearFit? Fit(IReadOnlyList<RscProfile> profiles)
    {
        var usable = profiles.Where(p => p.ScaledGbar(0) > 0).ToList();
        if (usable.Select(p => p.Width).Distinct().Count() < 2)
        {
            return null;
        }
        return Ols.Fit([.. usable.Select(p => Math.Log(p.Width))], [.. usable.Select(p => Math.Log(p.ScaledGbar(0)))]);
    }

    /// <summary>The fitted sqrt(m) ||gbar_0||^2 at width m.</summary>
    public static double Fitted(LinearFit fit, double m) => Math.Exp(fit.Intercept + fit.Slope * Math.Log(m));

    /// <summary>c2/c1 at width m.</summary>
    public static double Threshold(RscProfile profile, double kappa, double m) => profile.C2At(m) / (2 * kappa * kappa);

    // The first m >= from (up to 2^64) where the fitted line reaches c2/c1: scan octaves for the sign change, then bisect.
    private static double? Crossing(LinearFit fit, RscProfile profile, double kappa, double from)
    {
        double Gap(double u) => fit.Intercept + fit.Slope * u - Math.Log(Threshold(profile, kappa, Math.Exp(u)));
        var low = Math.Log(from);
        if (Gap(low) > 0)
        {
            return from;
        }
        var top = RscProfile.GridLastExponent * Math.Log(2);
        for (var high = low + Math.Log(2); high <= top + 1e-9; low = high, high += Math.Log(2))
        {
            if (Gap(high) > 0)
            {
                for (var i = 0; i < 60; i++)
                {
                    var mid = (low + high) / 2;
                    (low, high) = Gap(mid) > 0 ? (low, mid) : (mid, high);
                }
                return Math.Exp(high);
            }
        }
        return null;
    }
}
