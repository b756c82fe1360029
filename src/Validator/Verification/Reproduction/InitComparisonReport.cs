using static BoundCheck.Validator.Verification.Reproduction.Cells;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>The notes and tables of an initialisation comparison (the plots are <see cref="InitComparisonPlots"/>).</summary>
internal static class InitComparisonReport
{
    public static Analysis Build(InitComparisonRun run) =>
        new([Design(run), .. Edges(run), Outcome(run), Criterion(run), InitComparisonCorollary.Note(run)],
            [Choices(run), Grid(run), Criteria(run), InitComparisonCorollary.Table(run)], InitComparisonPlots.For(run));

    private static string Setting(InitComparisonRun run) =>
        $"n = {run.Data.Count}, d = {run.Data.Dimension}, L = {run.Depth}, m = {run.Width}, {run.Experiment.Setting.Activation}, data {run.Experiment.Setting.Data}";

    private static string Design(InitComparisonRun run)
    {
        var e = run.Experiment;
        var grid = run.Grid.Order().ToList();
        return $"Initialisation comparison ({Setting(run)}; BoundCheck's design: the paper's experiments could not be read, so nothing "
            + $"here copies them): {run.Choices.Count} initialisations, {run.Choices[0].Best.Curves.Count} seeds each, full-batch GD on the averaged "
            + $"square loss for at most {e.Setting.Steps} steps. How the step was chosen: every initialisation gets its own best constant step "
            + $"from one grid shared by all, {grid.Count} steps from {Number(grid[0])} to {Number(grid[^1])} (powers of 2 by default); the best is "
            + $"the one with the fewest median steps over the seeds to Lhat <= {Number(StepSelection.Target)} Lhat(theta_0), ties (for instance no step "
            + "reaching it) broken by the median final Lhat / Lhat(theta_0). The rule and the grid are the same for every initialisation, so "
            + "none is favoured by how its step was chosen (the earlier comparison used one step set by the positive initialisation's curvature).";
    }

    private static IEnumerable<string> Edges(InitComparisonRun run) => run.Choices.Where(c => c.AtEdge).Select(c =>
        $"The chosen step of {c.Name} ({Number(c.Best.Eta)}) is at the edge of the grid: a step outside it might do better.");

    private static string Steps(StepOutcome o) =>
        double.IsFinite(o.MedianSteps) ? $"{Number(o.MedianSteps)} steps" : $"not reached (final Lhat / Lhat(theta_0) = {Number(o.MedianFinal)})";

    private static string Outcome(InitComparisonRun run)
    {
        var ranked = run.Choices.OrderBy(c => c.Best.MedianSteps).ThenBy(c => c.Best.MedianFinal).ToList();
        return $"Result ({Setting(run)}), median over seeds at each initialisation's own best step, to Lhat <= {Number(StepSelection.Target)} Lhat(theta_0): "
            + string.Join("; ", ranked.Select(c => $"{c.Name}: {Steps(c.Best)} at eta = {Number(c.Best.Eta)}")) + ".";
    }

    private static string Criterion(InitComparisonRun run) =>
        $"Local PL criterion 4 F(w0) < r^2 alpha(w0, r) at r = {Number(run.Radius)} (alpha estimated as a check of chatterjee2022.flow estimates it: "
        + $"the smallest PL ratio at w0, random points of B(w0, r) and the iterates inside it of GD with eta = {Number(PlCriterion.FlowStep)}/||grad^2 F(w0)||, "
        + "whatever step the comparison chose; an upper estimate of the infimum, so the criterion may be optimistic): "
        + string.Join("; ", run.Choices.Select((c, i) => $"{c.Name}: holds on {run.Criteria[i].Count(p => p.Holds)} of {run.Criteria[i].Count} seeds")) + ".";

    private static Table Choices(InitComparisonRun run) => new(
        $"Each initialisation at its own best constant step ({Setting(run)})",
        ["initialisation", "chosen eta", $"median steps to {Number(StepSelection.Target)} Lhat(theta_0)", "range over seeds", "seeds reaching it",
         "median final Lhat / Lhat(theta_0)", "at the grid's edge"],
        [.. run.Choices.Select(c =>
        {
            var reached = c.Best.Reached.OfType<int>().ToList();
            return (IReadOnlyList<string>)[c.Name, Number(c.Best.Eta), double.IsFinite(c.Best.MedianSteps) ? Number(c.Best.MedianSteps) : "not reached",
                reached.Count == 0 ? "—" : $"{reached.Min()} to {reached.Max()}", $"{reached.Count} of {c.Best.Reached.Count}", Number(c.Best.MedianFinal),
                c.AtEdge ? "yes" : "no"];
        })]);

    private static Table Grid(InitComparisonRun run) => new(
        $"Median steps to {Number(StepSelection.Target)} Lhat(theta_0) at every step of the grid (final relative loss where it is not reached)",
        ["eta", .. run.Choices.Select(c => c.Name)],
        [.. run.Grid.Order().Select(eta => (IReadOnlyList<string>)[Number(eta), .. run.Choices.Select(c => Cell(c.Grid.First(o => o.Eta == eta), c.Best.Eta == eta))])]);

    private static string Cell(StepOutcome o, bool chosen)
    {
        var text = double.IsFinite(o.MedianSteps) ? Number(o.MedianSteps)
            : double.IsFinite(o.MedianFinal) ? $"— ({Number(o.MedianFinal)})" : "diverged";
        return chosen ? $"{text} (chosen)" : text;
    }

    private static Table Criteria(InitComparisonRun run) => new(
        $"Local PL criterion at each start, at r = {Number(run.Radius)} (medians over seeds)",
        ["initialisation", "alpha estimate", "F(w0)", "r", "2 sqrt(F(w0)/alpha)", $"max_t ||w_t - w_0|| (GD at eta = {Number(PlCriterion.FlowStep)}/||grad^2 F(w0)||)",
         "4 F(w0) < r^2 alpha"],
        [.. run.Choices.Select((c, i) =>
        {
            var p = run.Criteria[i];
            return (IReadOnlyList<string>)[c.Name, Number(Median(p.Select(x => x.Alpha))), Number(Median(p.Select(x => x.Loss0))), Number(run.Radius),
                Number(Median(p.Select(x => x.FlowRadius))), Number(Median(p.Select(x => x.Travelled))), $"{p.Count(x => x.Holds)} of {p.Count} seeds"];
        })]);
}
