using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>One constant step of the grid for one initialisation: its runs over the seeds, summarised.</summary>
/// <param name="Curves">Lhat(theta_t) / Lhat(theta_0) per seed (shorter when a run reached zero loss or blew up).</param>
/// <param name="Reached">Per seed, the first step with Lhat &lt;= Target Lhat(theta_0), or null.</param>
/// <param name="MedianSteps">Median of Reached over the seeds, +infinity for a seed that never reached it.</param>
/// <param name="MedianFinal">Median of the last relative loss, +infinity for a run that blew up.</param>
public sealed record StepOutcome(double Eta, IReadOnlyList<double[]> Curves, IReadOnlyList<int?> Reached, double MedianSteps, double MedianFinal);

/// <summary>An initialisation's grid of constant steps and the one chosen.</summary>
/// <param name="AtEdge">The chosen step is the smallest or largest of the grid (the grid may not contain the best step).</param>
public sealed record StepChoice(string Arm, string Name, IReadOnlyList<StepOutcome> Grid, StepOutcome Best, bool AtEdge);

/// <summary>
/// Each initialisation's own best constant step from one grid shared by all: full-batch GD from theta_0 of every seed
/// at every step of the grid, and the step with the fewest median steps to Lhat &lt;= 1e-8 Lhat(theta_0), ties (e.g. no
/// step reaching it) broken by the median final relative loss. The same rule and the same grid for every
/// initialisation, so none is favoured by how its step was chosen.
/// </summary>
internal static class StepSelection
{
    /// <summary>The relative loss a run must reach.</summary>
    public const double Target = 1e-8;

    public static StepChoice Choose(ComparisonArm arm, Network network, Dataset data, IReadOnlyList<int> seeds, IReadOnlyList<double> grid, int steps,
        CancellationToken cancellation)
    {
        var starts = seeds.Select(s => arm.Theta(network, s)).ToList();
        var outcomes = grid.Select(eta => Outcome(network, data, starts, eta, steps, cancellation)).ToList();
        var best = outcomes.OrderBy(o => o.MedianSteps).ThenBy(o => o.MedianFinal).ThenBy(o => o.Eta).First();
        return new StepChoice(arm.Key, arm.Name, outcomes, best, best.Eta == grid.Min() || best.Eta == grid.Max());
    }

    private static StepOutcome Outcome(Network network, Dataset data, List<double[]> starts, double eta, int steps, CancellationToken cancellation)
    {
        var evaluator = new BatchEvaluator(network, data);
        var curves = starts.Select(theta =>
        {
            cancellation.ThrowIfCancellationRequested();
            var path = new Trajectory(evaluator, theta, data.Targets, eta, steps, null, cancellation);
            var loss0 = path.Value("loss", 0)!.Value;
            return Enumerable.Range(0, path.Steps + 1).Select(t => path.Value("loss", t)!.Value / loss0).ToArray();
        }).ToList();
        var reached = curves.Select(c => Array.FindIndex(c, x => x <= Target) is var i and >= 0 ? i : (int?)null).ToList();
        return new StepOutcome(eta, curves, reached,
            Cells.Median(reached.Select(r => r is { } v ? v : double.PositiveInfinity)),
            Cells.Median(curves.Select(c => double.IsFinite(c[^1]) ? c[^1] : double.PositiveInfinity)));
    }
}
