namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// The plots of an initialisation comparison: loss curves with min-max bands over seeds at each initialisation's own
/// step, the steps to the target against the step size (the whole grid), and the corollary's rates with intervals.
/// </summary>
internal static class InitComparisonPlots
{
    public static IReadOnlyList<Plot> For(InitComparisonRun run) => [Curves(run), Grid(run), Corollary(run)];

    private static string Stem(InitComparisonRun run) => $"{run.Experiment.Theorem}.{run.Experiment.Name}";

    private static Plot Curves(InitComparisonRun run)
    {
        var series = run.Choices.Select(c =>
        {
            var curves = c.Best.Curves;
            var length = curves.Max(x => x.Length);
            // A run that reached zero loss stops early: its later steps have no value and leave the band.
            double[] At(Func<IEnumerable<double>, double> summary) => [.. Enumerable.Range(0, length).Select(t =>
            {
                var values = curves.Where(x => t < x.Length && double.IsFinite(x[t]) && x[t] > 0).Select(x => x[t]).ToList();
                return values.Count == 0 ? double.NaN : summary(values);
            })];
            return new Series($"{c.Arm}, eta = {Cells.Number(c.Best.Eta)}", [.. Enumerable.Range(0, length).Select(t => (double)t)],
                At(Cells.Median), At(v => v.Min()), At(v => v.Max()), SeriesStyle.Band);
        }).ToList();
        return new Plot($"{Stem(run)}.loss", "Lhat / Lhat(theta_0) at each initialisation's own best step (median, min-max band over seeds)",
            "GD step", "Lhat / Lhat(theta_0)", LogX: false, LogY: true, series);
    }

    private static Plot Grid(InitComparisonRun run)
    {
        var series = run.Choices.Select(c =>
        {
            var grid = c.Grid.OrderBy(o => o.Eta).ToList();
            return new Series(c.Arm, [.. grid.Select(o => o.Eta)], [.. grid.Select(o => double.IsFinite(o.MedianSteps) ? o.MedianSteps : double.NaN)],
                null, null, SeriesStyle.Line);
        }).ToList();
        return new Plot($"{Stem(run)}.step-grid", $"Median steps to {Cells.Number(StepSelection.Target)} Lhat(theta_0) against the constant step (gaps: not reached)",
            "eta", "median steps", LogX: true, LogY: true, series);
    }

    private static Plot Corollary(InitComparisonRun run)
    {
        var groups = run.Corollary.GroupBy(c => (c.Arm, c.Width)).ToList();
        // Series share their x values: each is moved sideways by a few percent so that markers and bars do not hide each other.
        var series = groups.Select((g, i) =>
        {
            var cells = g.OrderBy(c => c.Scale).ToList();
            var dodge = Math.Pow(1.06, i - (groups.Count - 1) / 2.0);
            return new Series($"{g.Key.Arm}, m = {g.Key.Width}", [.. cells.Select(c => c.Scale * dodge)], [.. cells.Select(c => c.Rate.Rate)],
                [.. cells.Select(c => c.Rate.Low)], [.. cells.Select(c => c.Rate.High)], SeriesStyle.Markers);
        }).ToList();
        return new Plot($"{Stem(run)}.corollary", "Seeds where 4 F(w0) < r^2 alpha holds (95% Clopper-Pearson bars)",
            "output scale (v x scale; lambda for the positive start), markers dodged sideways", "fraction of seeds", LogX: true, LogY: false, series);
    }
}
