using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>One row of a claim's hypotheses table: how the hypothesis was decided over the claim's points.</summary>
internal static class HypothesisSummary
{
    public static HypothesisResult Of(Hypothesis h, IReadOnlyList<PointOutcome> outcomes, CheckContext context)
    {
        // The first point of the scope: theta_0, or GD step 0 for trajectory scopes (where step quantities exist).
        var first = outcomes.Count > 0 ? outcomes[0].Point : context.Init;
        var sides = new[] { h.Left, h.Right };
        var (holds, detail) = HypothesisCheck.Decide(h, context.Environment(first, sides), context.Errors(first, sides));
        var text = HypothesisCheck.Text(h);
        if (h.Quantities.Any(PointValues.IsPointDependent) && outcomes.Count > 1)
        {
            var failedAt = outcomes.Count(o => o.FailedHypotheses.Contains(text));
            var undecidedAt = outcomes.Count(o => o.UndecidedHypotheses?.Any(u => u.StartsWith(text + ":", StringComparison.Ordinal)) == true);
            holds = failedAt > 0 ? false : undecidedAt > 0 ? null : true;
            var undecided = undecidedAt == 0 ? "" : $", undecided at {undecidedAt}";
            detail = $"{detail} at {first.Label}; held at {outcomes.Count - failedAt - undecidedAt} of {outcomes.Count} probed points{undecided}";
        }
        return new HypothesisResult(text, Formula.Latex(h.Left) + " " + h.Relation.Latex() + " " + Formula.Latex(h.Right),
            h.Origin.Tag.Name(), HypothesisCheck.KindOf(h), holds, detail);
    }
}
