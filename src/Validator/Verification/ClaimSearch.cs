using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// The adversarial search of a ball claim (DESIGN.md: a ball claim is checked at ... the worst point a search inside the
/// ball finds): from the worst sampled points, projected ascent for an upper bound, descent for a lower bound. The point it
/// ends on is judged like every other point and takes part in the verdict.
/// </summary>
internal static class ClaimSearch
{
    public static (PointOutcome? Outcome, SearchSummary? Summary) Run(
        Claim claim, ProbeScope scope, CheckContext context, IReadOnlyList<PointOutcome> sampled, Func<ProbePoint, PointOutcome> judge,
        IProgress<string>? progress, CancellationToken cancellation)
    {
        if (context.Probe is not IAdversarialSearch searcher || scope.Kind is not (ScopeKind.SpectralBall or ScopeKind.FrobeniusBall or ScopeKind.EuclideanBall))
        {
            return (null, null);
        }
        var upper = Judge.IsUpperBound(claim.Relation);
        var ranked = sampled.Where(o => o.Applicable && o.Measured is { } m && double.IsFinite(m.Value))
            .OrderByDescending(o => (upper ? 1 : -1) * o.Measured!.Value).ToList();
        if (ranked.Count == 0)
        {
            return (null, null);
        }
        var found = searcher.Search(scope, claim.Quantity, upper, [.. ranked.Select(o => o.Point)], progress, cancellation);
        if (found is null)
        {
            return (null, null);
        }
        var outcome = judge(found.Point);
        var summary = new SearchSummary(ranked[0].Measured!.Value, ranked[0].Point.Label, outcome.Measured?.Value ?? double.NaN, found.Witness,
            found.Start.Label, upper ? "ascent" : "descent", found.Budget, found.Evaluations, found.Accepted, found.Seconds);
        return (outcome, summary);
    }
}
