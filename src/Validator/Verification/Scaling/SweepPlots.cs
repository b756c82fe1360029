using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;
using static BoundCheck.Validator.Verification.Scaling.SweepTables;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// The sweep's plots per claim: for each fixed value of the other axes, measured (mean over seeds, min/max bars), the
/// bound and the fitted power line against m on log-log axes (against L on log-y axes when only L varies); and the
/// tightness (or implied constant) of every group on one plot.
/// </summary>
public static class SweepPlots
{
    /// <summary>The plots of one claim; none when neither m nor L varies.</summary>
    public static IEnumerable<Plot> For(Theorem theorem, Claim claim, IReadOnlyList<PointResult> records)
    {
        var variable = SweepGroups.Varies(records, ClaimFits.Width) ? ClaimFits.Width
            : SweepGroups.Varies(records, ClaimFits.Depth) ? ClaimFits.Depth : null;
        if (variable is null || SweepTables.IsRate(claim))
        {
            yield break;
        }
        var logX = variable == ClaimFits.Width;
        var groups = SweepGroups.Along(records, variable);
        var ratioField = claim.ConstantKnown ? "tightness" : "implied";
        var ratioSeries = new List<Series>();
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            var xs = group.Records.Select(r => r.Parameters[variable]).Distinct().Order().ToArray();
            var at = xs.Select(x => group with { Records = [.. group.Records.Where(r => r.Parameters[variable] == x)] }).ToList();
            var measured = at.Select(g => SweepTables.Values(g, claim, "measured")).ToList();
            var bound = at.Select(g => Mean(SweepTables.Values(g, claim, "bound"))).ToArray();
            var series = new List<Series>
            {
                new("measured (mean, min-max over seeds)", xs, [.. measured.Select(Mean)], [.. measured.Select(Min)], [.. measured.Select(Max)], SeriesStyle.Markers),
                new(claim.ConstantKnown ? "bound" : "bound without its constant", xs, bound, null, null, SeriesStyle.Dashed),
            };
            var observations = SweepData.Observations(group.Records, variable, ClaimMetrics.Name(claim.Name, "measured"))
                .Where(o => ScalingFit.Usable(o, ScalingModel.Power)).ToList();
            if (observations.Select(o => o.X).Distinct().Count() >= 2)
            {
                var fit = ScalingFit.Fit(observations, ScalingModel.Power);
                series.Add(new($"power fit, slope {fit.Slope:G3}", xs, [.. xs.Select(x => Math.Exp(fit.Intercept + fit.Slope * Math.Log(x)))], null, null, SeriesStyle.Line));
            }
            var suffix = group.Label == "all points" ? "" : $" ({group.Label})";
            yield return new Plot($"{theorem.Id}.{claim.Name}-sweep-{variable}-{index + 1}", $"{theorem.Id}.{claim.Name}: {claim.Quantity} against {variable}{suffix}",
                variable, claim.Quantity, logX, LogY: true, series);
            var ratios = at.Select(g => SweepTables.Values(g, claim, ratioField)).ToList();
            ratioSeries.Add(new($"{ratioField}{suffix}", xs, [.. ratios.Select(Mean)], [.. ratios.Select(Min)], [.. ratios.Select(Max)], SeriesStyle.Markers));
        }
        yield return new Plot($"{theorem.Id}.{claim.Name}-sweep-{ratioField}", $"{theorem.Id}.{claim.Name}: {(claim.ConstantKnown ? "measured / bound" : "implied constant")} against {variable}",
            variable, ratioField, logX, LogY: true, ratioSeries);
    }
}
