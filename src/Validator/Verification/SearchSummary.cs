namespace BoundCheck.Validator.Verification;

/// <summary>
/// What the adversarial search inside a claim's ball found, beside the worst value the sampled points gave.
/// </summary>
/// <param name="SampledWorst">The worst value over the sampled points (theta_0, boundary points, GD iterates).</param>
/// <param name="SampledAt">The sampled point that gave it.</param>
/// <param name="SearchedWorst">The value at the point the search ended on, measured and certified like every other point.</param>
/// <param name="Witness">Where the search ended: the point label, with its distances to theta_0.</param>
/// <param name="Start">The probed point the search started from.</param>
/// <param name="Direction">"ascent" (upper-bound claims) or "descent" (lower-bound claims).</param>
/// <param name="Budget">Objective evaluations the search could spend.</param>
/// <param name="Evaluations">Objective evaluations it spent.</param>
/// <param name="Accepted">Steps that improved the objective.</param>
/// <param name="Seconds">Wall time of the search.</param>
public sealed record SearchSummary(
    double SampledWorst,
    string SampledAt,
    double SearchedWorst,
    string Witness,
    string Start,
    string Direction,
    int Budget,
    int Evaluations,
    int Accepted,
    double Seconds);
