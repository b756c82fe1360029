using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>The fits of one claim over a sweep.</summary>
/// <param name="Width">Fits of log measured on log m, one per fixed value of the other axes.</param>
/// <param name="Implied">O-form claims: fits of log implied constant on log m (claimed exponent 0), one per group.</param>
/// <param name="Depth">Power and exponential fits in L (both per group), with the AIC choice in Detail.</param>
/// <param name="RawImplied">Where the form has a factor that converges in m: the raw measured / bound fits, shown, not judged.</param>
public sealed record ClaimFitSet(IReadOnlyList<FitResult> Width, IReadOnlyList<FitResult> Implied, IReadOnlyList<FitResult> Depth,
    IReadOnlyList<FitResult>? RawImplied = null)
{
    /// <summary>Every fit, width first.</summary>
    public IEnumerable<FitResult> All => Width.Concat(Implied).Concat(RawImplied ?? []).Concat(Depth);
}

/// <summary>
/// Width and depth fits of a claim: width, log Q on log m against the stated form's exponent and the
/// explicit bound's own; depth, power law and exponential in L against the claim (poly(L) means no exponential growth,
/// rate &lt;= 0; an exponential claim gives its rate ln(base) at the sweep's setting).
/// </summary>
public static class ClaimFits
{
    /// <summary>Width variable.</summary>
    public const string Width = "m";

    /// <summary>Depth variable.</summary>
    public const string Depth = "L";

    /// <summary>An exponent is fitted only over at least this many distinct values of its variable (two points always fit a line).</summary>
    public const int MinimumAxisValues = 3;

    private static int Values(SweepGroup group, string variable) =>
        group.Records.Select(r => r.Parameters.TryGetValue(variable, out var v) ? v : double.NaN).Distinct().Count();

    /// <summary>Fits the claim along every axis of m and L that varies in <paramref name="records"/>.</summary>
    public static ClaimFitSet Fit(Theorem theorem, Claim claim, IReadOnlyList<PointResult> records, ScalingOptions options)
    {
        var width = new List<FitResult>();
        var implied = new List<FitResult>();
        var rawImplied = new List<FitResult>();
        var depth = new List<FitResult>();
        if (SweepGroups.Varies(records, Width))
        {
            foreach (var group in SweepGroups.Along(records, Width).Where(g => Values(g, Width) >= MinimumAxisValues))
            {
                var at = Setting(group);
                var claimed = ClaimExponents.Claimed(theorem, claim, Width, at);
                var bound = ClaimExponents.Bound(theorem, claim, Width, at);
                var fit = ScalingFits.Fit(theorem.Id, Label(claim, claim.Quantity, group), Width,
                    SweepData.Observations(group.Records, Width, ClaimMetrics.Name(claim.Name, "measured")), ScalingModel.Power,
                    claimed.Exponent, bound.Exponent, options);
                width.Add(fit with { Detail = $"{fit.Detail}; claimed growth in m: {claimed.Text}; bound's own: {bound.Text}" });
                if (!claim.ConstantKnown)
                {
                    var raw = SweepData.Observations(group.Records, Width, ClaimMetrics.Name(claim.Name, "implied"));
                    var largest = raw.Count == 0 ? 0 : raw.Max(o => o.X);
                    var toLimit = ConvergingFactor.ToLimit(theorem, claim, ClaimMetrics.Bindings(group.Records.MaxBy(r => r.Parameters[Width])!), largest);
                    var asymptotic = toLimit is null ? raw : [.. raw.Select(o => o with { Y = o.Y * toLimit(o.X) })];
                    var what = toLimit is null ? "implied constant" : "implied constant against the asymptotic form";
                    implied.Add(ScalingFits.Fit(theorem.Id, Label(claim, what, group), Width, asymptotic, ScalingModel.Power, 0, null, options));
                    if (toLimit is not null)
                    {
                        var rawFit = ScalingFits.Fit(theorem.Id, Label(claim, "implied constant (raw, not judged)", group), Width, raw, ScalingModel.Power, 0, null, options);
                        rawImplied.Add(rawFit with { Verdict = ScalingVerdict.FitOnly, Detail = rawFit.Detail + "; the raw measured / bound, shown for comparison: its drift is the converging factor's (see the notes)" });
                    }
                }
            }
        }
        if (SweepGroups.Varies(records, Depth))
        {
            foreach (var group in SweepGroups.Along(records, Depth).Where(g => Values(g, Depth) >= MinimumAxisValues))
            {
                var claimed = ClaimExponents.Claimed(theorem, claim, Depth, Setting(group));
                // poly(L) or L^k: no exponential growth, so the exponential model's rate must be <= 0 (+ tolerance).
                double? rate = claimed.Rate ?? (claimed.Polynomial || claimed.Exponent is not null ? 0 : null);
                var (power, exponential, _) = ScalingFits.FitDepth(theorem.Id, Label(claim, claim.Quantity, group), Depth,
                    SweepData.Observations(group.Records, Depth, ClaimMetrics.Name(claim.Name, "measured")), claimed.Exponent, rate, options);
                var note = $"; claimed growth in L: {claimed.Text}";
                depth.Add(power with { Detail = power.Detail + note });
                depth.Add(exponential with { Detail = exponential.Detail + note });
            }
        }
        return new ClaimFitSet(width, implied, depth, rawImplied);
    }

    // The bindings of the group's first record: bases such as gamma = sigma1 + rho/sqrt(m) are evaluated there.
    private static IReadOnlyDictionary<string, double> Setting(SweepGroup group) => ClaimMetrics.Bindings(group.Records[0]);

    private static string Label(Claim claim, string what, SweepGroup group) =>
        group.Label == "all points" ? $"{claim.Name}: {what}" : $"{claim.Name}: {what} ({group.Label})";
}
