using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>Combines the per-point verdicts of a claim into one (DESIGN.md, "Verdicts").</summary>
internal static class Verdicts
{
    public static (Verdict Verdict, string? Reason) Combine(
        Claim claim, IReadOnlyList<PointOutcome> applicable, IReadOnlyList<PointOutcome> all, CheckContext context)
    {
        var skipped = all.Count - applicable.Count;
        if (applicable.Count == 0)
        {
            return (Verdict.NotApplicable, $"a hypothesis fails at every probed point: {FailedSummary(all)}");
        }
        var skippedNote = skipped == 0 ? "" : $"; {skipped} of {all.Count} points skipped because a hypothesis failed there ({FailedSummary(all)})";
        if (claim.Probability is { } probability)
        {
            var p = Evaluator.Evaluate(probability.Bound, context.Environment(context.Init, []));
            if (p.Succeeded && p.Value <= 0)
            {
                return (Verdict.Vacuous, string.Create(CultureInfo.InvariantCulture,
                    $"the probability bound {ExprPrinter.Print(probability.Bound)} = {p.Value:G4} <= 0 says nothing at this setting"));
            }
        }
        var failed = applicable.FirstOrDefault(o => o.Verdict == Verdict.Inconclusive && o.Measured is null or { Value: double.NaN });
        if (!claim.ConstantKnown)
        {
            return failed is not null
                ? (Verdict.Inconclusive, $"at {failed.Point.Label}: {failed.Reason}")
                : (Verdict.NeedsSweep, "the paper's constant is unknown: the implied constant (measured / bound without constant) "
                    + "is reported here; the verdict comes from a width sweep (the implied constant must not grow with m)" + skippedNote);
        }
        var violated = applicable.Count(o => o.Verdict == Verdict.Violated);
        if (violated > 0)
        {
            return (Verdict.Violated, $"violated at {violated} of {applicable.Count} applicable points" + skippedNote);
        }
        var inconclusive = applicable.FirstOrDefault(o => o.Verdict == Verdict.Inconclusive);
        if (inconclusive is not null)
        {
            return (Verdict.Inconclusive, $"at {inconclusive.Point.Label}: {inconclusive.Reason}" + skippedNote);
        }
        return (Verdict.Holds, $"held at all {applicable.Count} applicable points" + skippedNote);
    }

    private static string FailedSummary(IReadOnlyList<PointOutcome> all) =>
        string.Join("; ", all.SelectMany(o => o.FailedHypotheses)
            .GroupBy(h => h)
            .Select(g => $"{g.Key} fails at {g.Count()} of {all.Count}"));
}
