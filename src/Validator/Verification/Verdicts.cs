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
        if (claim.Probability is { } probability && Floor(probability, context) is { } floor)
        {
            return floor;
        }
        var failed = applicable.FirstOrDefault(o => o.Verdict == Verdict.Inconclusive && o.Measured is null or { Value: double.NaN });
        if (!claim.ConstantKnown)
        {
            return failed is not null
                ? (Verdict.Inconclusive, $"at {failed.Point.Label}: {failed.Reason}")
                : (Verdict.NeedsSweep, "only an O-form is stated (its constant is unknown), so one setting cannot decide it: the implied "
                    + "constant (measured / bound without constant) is reported here, and a width sweep gives the verdict (the implied "
                    + "constant must not grow with m)" + skippedNote);
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
        var informative = applicable.Count(o => o.Informative);
        var vacuous = applicable.Where(o => o.Verdict == Verdict.Vacuous).ToList();
        if (informative == 0)
        {
            return vacuous.Count > 0
                ? (Verdict.Vacuous, $"vacuous at all {applicable.Count} applicable points: {vacuous[0].Reason}" + skippedNote)
                : (Verdict.Vacuous, $"the claim is an identity at all {applicable.Count} applicable points, so it says nothing" + skippedNote);
        }
        var vacuousNote = vacuous.Count == 0 ? "" : $"; vacuous at {vacuous.Count} more ({vacuous[0].Reason})";
        return (Verdict.Holds, $"held at all {informative} informative points{vacuousNote}" + skippedNote);
    }

    // A probability floor on the trivial side of [0, 1] makes the claim vacuous; a floor that does not evaluate to a
    // finite number leaves it undecided.
    private static (Verdict, string)? Floor(Probability probability, CheckContext context)
    {
        var p = Evaluator.Evaluate(probability.Bound, context.Environment(context.Init, [probability.Bound]));
        if (!p.Succeeded || !double.IsFinite(p.Value))
        {
            return (Verdict.Inconclusive, $"the probability bound {ExprPrinter.Print(probability.Bound)} does not evaluate to a finite number: "
                + (p.Error?.Message ?? p.Value.ToString(CultureInfo.InvariantCulture)));
        }
        return p.Value <= 0
            ? (Verdict.Vacuous, string.Create(CultureInfo.InvariantCulture,
                $"the probability bound {ExprPrinter.Print(probability.Bound)} = {p.Value:G4} <= 0 says nothing at this setting"))
            : null;
    }

    private static string FailedSummary(IReadOnlyList<PointOutcome> all) =>
        string.Join("; ", all.SelectMany(o => o.FailedHypotheses)
            .GroupBy(h => h)
            .Select(g => $"{g.Key} fails at {g.Count()} of {all.Count}"));
}
