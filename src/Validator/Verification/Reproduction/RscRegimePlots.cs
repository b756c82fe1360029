using static BoundCheck.Validator.Verification.Reproduction.Cells;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// The plots of an RSC regime run: sqrt(m) ||gbar_0||^2 and c2/c1 against m on log-log axes with the crossings, and the
/// step cosine along GD at every width (what decides which kappa the cone hypothesis admits).
/// </summary>
internal static class RscRegimePlots
{
    public static IReadOnlyList<Plot> For(RscRegimeRun run, IReadOnlyList<RscFrontierPoint> frontier) => [Frontier(run, frontier), Cosines(run)];

    private static string Stem(RscRegimeRun run) => $"{run.Experiment.Theorem}.{run.Experiment.Name}";

    private static Plot Frontier(RscRegimeRun run, IReadOnlyList<RscFrontierPoint> frontier)
    {
        var byWidth = run.Profiles.GroupBy(p => p.Width).OrderBy(g => g.Key).ToList();
        var widths = byWidth.Select(g => (double)g.Key).ToArray();
        var scaled = byWidth.Select(g => g.Select(p => p.ScaledGbar(0)).ToList()).ToList();
        var several = scaled.Any(s => s.Count > 1);
        var series = new List<Series>
        {
            new("sqrt(m) ||gbar_0||^2 (measured)", widths, [.. scaled.Select(Median)],
                several ? [.. scaled.Select(s => s.Min())] : null, several ? [.. scaled.Select(s => s.Max())] : null, SeriesStyle.Markers),
        };
        // The x range reaches past the farthest crossing so the extrapolation and the crossings are visible.
        var reach = frontier.Select(f => f.Crossing ?? 0).Append(widths[^1]).Max();
        var far = Math.Min(Math.Pow(2, RscProfile.GridLastExponent), Math.Max(widths[^1], reach) * 4);
        var axis = Octaves(widths[0], far);
        if (RscFrontier.Fit(run.Profiles) is { } fit)
        {
            series.Add(new("least-squares fit, extrapolated", axis, [.. axis.Select(m => RscFrontier.Fitted(fit, m))], null, null, SeriesStyle.Dashed));
        }
        var reference = run.Profiles[0];
        series.AddRange(frontier.Select(f => new Series($"c2/c1 at kappa = {Number(f.Kappa)}", axis,
            [.. axis.Select(m => RscFrontier.Threshold(reference, f.Kappa, m))], null, null, SeriesStyle.Line)));
        var crossings = frontier.Where(f => f.Crossing is not null).ToList();
        if (crossings.Count > 0)
        {
            series.Add(new("crossings (alpha_0 = 0)", [.. crossings.Select(f => f.Crossing!.Value)],
                [.. crossings.Select(f => RscFrontier.Threshold(reference, f.Kappa, f.Crossing!.Value))], null, null, SeriesStyle.Markers));
        }
        return new Plot($"{Stem(run)}.frontier", $"sqrt(m) ||gbar_0||^2 against c2/c1 (L = {run.Depth}, {run.Experiment.Setting.Activation})",
            "width m", "sqrt(m) ||gbar_0||^2 and c2/c1", LogX: true, LogY: true, series);
    }

    private static Plot Cosines(RscRegimeRun run)
    {
        var first = run.Profiles.Select(p => p.Seed).Min();
        var series = run.Profiles.Where(p => p.Seed == first).OrderBy(p => p.Width).Select(p => new Series($"m = {p.Width}",
            [.. Enumerable.Range(0, p.StepCosine.Length).Select(t => (double)t)], p.StepCosine, null, null, SeriesStyle.Line)).ToList();
        var ends = new double[] { 0, run.Profiles.Max(p => p.StepCosine.Length - 1) };
        series.AddRange(run.Kappas.Select(k => new Series($"kappa = {Number(k)}", ends, [k, k], null, null, SeriesStyle.Dashed)));
        return new Plot($"{Stem(run)}.step-cosine", $"Step cosine |cos(theta_(t+1) - theta_t, gbar_t)| along GD (L = {run.Depth}, {run.Experiment.Setting.Activation}, seed {first})",
            "GD step t", "step cosine", LogX: false, LogY: false, series);
    }

    private static double[] Octaves(double from, double to)
    {
        var points = new List<double>();
        for (var m = from; m < to; m *= 2)
        {
            points.Add(m);
        }
        points.Add(to);
        return [.. points];
    }
}
