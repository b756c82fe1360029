namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// A probe capability (STYLE.md 11): an adversarial search inside a ball scope for a point where a quantity is worse
/// (larger for an upper bound, smaller for a lower bound) than at the probed points.
/// </summary>
public interface IAdversarialSearch
{
    /// <summary>
    /// Searches the ball of <paramref name="scope"/> from <paramref name="starts"/> (the worst probed points first) and
    /// returns the point it ended on, registered with the probe so it is measured like any other; null when the scope is
    /// not a ball or the quantity has no search objective.
    /// </summary>
    SearchOutcome? Search(ProbeScope scope, string quantity, bool ascent, IReadOnlyList<ProbePoint> starts, IProgress<string>? progress,
        CancellationToken cancellation);
}

/// <summary>The point a search ended on and what it spent.</summary>
/// <param name="Witness">The point's label with its distances to theta_0.</param>
/// <param name="Budget">Objective evaluations the search could spend (over all its starts).</param>
public sealed record SearchOutcome(ProbePoint Point, ProbePoint Start, string Witness, int Budget, int Evaluations, int Accepted, double Seconds);
