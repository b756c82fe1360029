using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// A claim's points become one <see cref="ClaimResult"/>: the verdict, the worst informative point (tightness and
/// witness), what was left out and why, the margin of a claim whose ratio can only be 1, and the estimated constants
/// its statement uses (a holds that follows from how one of them was estimated is consistent by construction).
/// </summary>
internal static class ClaimAggregate
{
    public static ClaimResult Of(
        Theorem theorem, Claim claim, string setting, IReadOnlyList<PointOutcome> outcomes,
        IReadOnlyList<HypothesisResult> hypotheses, CheckContext context, double seconds)
    {
        var applicable = outcomes.Where(o => o.Applicable).ToList();
        var upper = Judge.IsUpperBound(claim.Relation);
        var informative = applicable.Where(o => o.Informative).ToList();
        var pool = informative.Count > 0 ? informative : applicable.Where(o => !o.Identity).ToList();
        var worst = (pool.Count > 0 ? pool : applicable).OrderByDescending(o => o.Severity(upper)).FirstOrDefault();
        var (verdict, reason) = Verdicts.Combine(claim, applicable, outcomes, context);
        var measured = worst?.Measured;
        var witness = worst is null || measured is null ? null
            : new Witness(setting, worst.Point.Label, measured.Input ?? "", measured.Value);
        var method = measured is null ? null
            : new MeasurementInfo(measured.Method, applicable.Sum(o => o.Measured?.Products ?? 0), measured.Error,
                measured.Exit.ToString(), context.Probe.Backend, seconds);
        var ratio = worst is null ? (double?)null : Judge.Tightness(worst.Measured?.Value ?? double.NaN, worst.Bound);
        var margin = worst is null ? null : Margin(claim, worst, context);
        var estimates = Estimates(theorem, claim, context);
        if (verdict == Verdict.Holds && ByConstruction(estimates, informative, context) is { } construction)
        {
            (verdict, reason) = (Verdict.ConsistentByConstruction, construction + "; " + reason);
        }
        return new ClaimResult(
            theorem.Id, claim.Name, setting, verdict, claim.Quantity, claim.Relation.Symbol(),
            measured?.Value, worst?.Bound, claim.ConstantKnown && margin is null ? ratio : null, claim.ConstantKnown ? null : ratio,
            ExprPrinter.Print(claim.Bound), Formula.Latex(claim.Bound), claim.Origin.Tag.Name(),
            ScopeText.Describe(claim.Scope), hypotheses, method, witness, reason,
            Excluded(applicable), margin, estimates.Count == 0 ? null : [.. estimates.Select(e => e.Text)],
            Certificate: CertifiedComparison.Of(applicable.Select(o => o.Measured)));
    }

    // "left out of tightness and witness: gd step 0, where the claim is an identity; 3 points where the bound is trivial".
    private static string? Excluded(IReadOnlyList<PointOutcome> applicable)
    {
        var parts = new List<string>();
        var identities = applicable.Where(o => o.Identity).ToList();
        if (identities.Count > 0)
        {
            parts.Add($"{string.Join(", ", identities.Select(o => o.Point.Label))}, where the claim is an identity (the bound equals the measured value by construction)");
        }
        var vacuous = applicable.Where(o => !o.Identity && o.Verdict == Verdict.Vacuous).ToList();
        if (vacuous.Count > 0)
        {
            parts.Add($"{vacuous.Count} point(s) where the bound is trivial ({vacuous[0].Point.Label}: {vacuous[0].Reason})");
        }
        return parts.Count == 0 ? null : "left out of tightness and witness: " + string.Join("; ", parts);
    }

    // A lower bound at the top of the quantity's range (rank >= n) can only hold with ratio 1: report its margin.
    private static string? Margin(Claim claim, PointOutcome worst, CheckContext context)
    {
        var facts = Vocabulary.Facts(claim.Quantity);
        if (facts?.Margin is not { } margin || !double.IsFinite(worst.Bound))
        {
            return null;
        }
        var env = context.Environment(worst.Point, []);
        if (!facts.Range.Resolve(env.Values).AtTheEnd(claim.Relation, worst.Bound))
        {
            return null;
        }
        var value = context.Probe.Measure(worst.Point, margin.Quantity).Value;
        var threshold = context.Probe.Measure(worst.Point, margin.Threshold).Value;
        var above = threshold > 0 && value > 0 ? $", {Math.Log10(value / threshold):F1} decades above it" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"measured / bound can only be 1 here ({claim.Quantity} is {facts.Range.Text} and the bound is the top of that range); "
            + $"the margin is {margin.Quantity} = {value:G4} at {worst.Point.Label} against {margin.Threshold} = {threshold:G3}{above}");
    }

    // The estimated constants the claim's statement uses: in its bound or in a hypothesis that decides where it applies.
    private static List<(string Name, Measurement Value, EstimateOf Of, string Text)> Estimates(Theorem theorem, Claim claim, CheckContext context)
    {
        var statement = theorem.Hypotheses.SelectMany(h => new[] { h.Left, h.Right }).Prepend(claim.Bound);
        var symbols = context.MeasuredSymbols(statement);
        return [.. symbols.Select(name => (name, Of: Vocabulary.Facts(name)?.Estimate)).Where(x => x.Of is not null).Select(x =>
        {
            var value = context.Probe.Measure(context.Init, x.name);
            return (x.name, value, x.Of!, string.Create(CultureInfo.InvariantCulture,
                $"{x.name} = {value.Value:G4} is {x.Of!.Text}; {value.Method}"));
        })];
    }

    // A holds whose statement uses a constant estimated over the very GD iterates the claim is judged on follows from
    // how the constant was estimated (along those iterates the PL inequality holds with it by construction): not evidence.
    private static string? ByConstruction(
        IReadOnlyList<(string Name, Measurement Value, EstimateOf Of, string Text)> estimates, IReadOnlyList<PointOutcome> informative, CheckContext context)
    {
        if (context.Eta is not { } eta || informative.Count == 0 || informative.Any(o => o.Point.Step is null))
        {
            return null;
        }
        var judged = new PathKey(eta, context.Spec.Steps);
        var shared = estimates.Where(e => e.Value.UsesPath == judged).Select(e => e.Name).ToList();
        return shared.Count == 0 ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"consistent by construction: {string.Join(" and ", shared)} was estimated over the same GD iterates (eta = {eta:G4}, "
                + $"{judged.Steps} steps) this claim is judged on, so its holding follows from how the constant was chosen and is not counted as evidence");
    }
}
