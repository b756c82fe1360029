using BoundCheck.Validator.Geometry;
namespace BoundCheck.Validator.Verification.Probing;

/// <summary>Where one search run ended.</summary>
/// <param name="Value">The objective's (search-internal, uncertified) value there.</param>
/// <param name="Evaluations">Objective evaluations spent, the start's included.</param>
/// <param name="Accepted">Steps that improved the objective.</param>
internal sealed record SearchRun(double[] Theta, double Value, double StartValue, string? Input, int Evaluations, int Accepted);

/// <summary>
/// Projected ascent (for an upper bound: maximise the quantity) or descent (for a lower bound) inside a ball: from the
/// start, theta' = Project(theta + t s), s the gradient scaled per block to the block's radius (descent: its negative);
/// a step that improves the objective is taken and t doubles (up to <see cref="MaxStep"/>), else t shrinks fourfold.
/// Deterministic; prints nothing.
/// </summary>
internal static class BallSearch
{
    /// <summary>First step: one radius per block (the projection brings it back to the ball).</summary>
    public const double InitialStep = 1;

    /// <summary>Longest step: two radii (the projection brings it back).</summary>
    public const double MaxStep = 2;

    public static SearchRun Run(ISearchObjective objective, IBallProjection ball, double[] start, int budget, bool ascent,
        CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        var sign = ascent ? 1.0 : -1.0;
        var theta = (double[])start.Clone();
        var current = objective.Evaluate(theta);
        var startValue = current.Value;
        var (evaluations, accepted, t) = (1, 0, InitialStep);
        while (evaluations < budget && double.IsFinite(current.Value))
        {
            cancellation.ThrowIfCancellationRequested();
            var trial = (double[])theta.Clone();
            ball.Step(trial, current.Gradient, sign * t);
            ball.Project(trial);
            var next = objective.Evaluate(trial);
            evaluations++;
            if (double.IsFinite(next.Value) && sign * (next.Value - current.Value) > 0)
            {
                (theta, current, accepted, t) = (trial, next, accepted + 1, Math.Min(2 * t, MaxStep));
            }
            else
            {
                t /= 4;
            }
        }
        return new SearchRun(theta, current.Value, startValue, current.Input, evaluations, accepted);
    }
}
