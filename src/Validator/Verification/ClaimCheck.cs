using System.Diagnostics;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>Measures one claim at every point of its scope and judges it (DESIGN.md, "Verdicts").</summary>
internal static class ClaimCheck
{
    public static (ClaimResult Result, Plot? Plot) Run(
        Theorem theorem, Claim claim, string setting, CheckContext context, IProgress<string>? progress, CancellationToken cancellation)
    {
        if (CapabilityGate.Missing(theorem, claim, context) is { } missing)
        {
            return (CapabilityGate.NotApplicable(theorem, claim, setting, missing), null);
        }
        var clock = Stopwatch.StartNew();
        var env0 = context.Environment(context.Init, []);
        var radii = claim.Scope.Arguments.Select(a => Evaluator.Evaluate(a, env0).Value).ToList();
        var scope = new ProbeScope(claim.Scope.Kind, radii, context.Spec.Steps, context.Eta);
        progress?.Report($"{theorem.Id}: {claim.Name}: probing {ScopeText.Describe(claim.Scope)}");
        var points = context.Probe.Points(scope, progress, cancellation);
        var outcomes = new List<PointOutcome>();
        foreach (var point in points)
        {
            cancellation.ThrowIfCancellationRequested();
            outcomes.Add(AtPoint(theorem, claim, point, context));
        }
        var (searched, search) = ClaimSearch.Run(claim, scope, context, outcomes, p => AtPoint(theorem, claim, p, context), progress, cancellation);
        outcomes.AddRange(searched is null ? [] : [searched]);
        var hypotheses = theorem.Hypotheses.Select(h => HypothesisSummary.Of(h, outcomes, context)).ToList();
        var result = ClaimAggregate.Of(theorem, claim, setting, outcomes, hypotheses, context, clock.Elapsed.TotalSeconds) with { Search = search };
        return (result, Plots.ForClaim(theorem, claim, outcomes));
    }

    private static PointOutcome AtPoint(Theorem theorem, Claim claim, ProbePoint point, CheckContext context)
    {
        var exprs = theorem.Hypotheses.SelectMany(h => new[] { h.Left, h.Right }).Append(claim.Bound);
        var env = context.Environment(point, exprs);
        var decided = theorem.Hypotheses
            .Select(h => (Text: HypothesisCheck.Text(h), Decision: HypothesisCheck.Decide(h, env, context.Errors(point, [h.Left, h.Right]))))
            .ToList();
        var failed = decided.Where(d => d.Decision.Holds == false).Select(d => d.Text).ToList();
        if (failed.Count > 0)
        {
            return new PointOutcome(point, failed, null, double.NaN, Verdict.NotApplicable, null);
        }
        var undecided = decided.Where(d => d.Decision.Holds is null).Select(d => $"{d.Text}: {d.Decision.Detail}").ToList();
        var measured = context.Probe.Measure(point, claim.Quantity);
        var bound = Evaluator.Evaluate(claim.Bound, env);
        if (!bound.Succeeded)
        {
            return new PointOutcome(point, [], measured, double.NaN, Verdict.Inconclusive, bound.Error!.Message, undecided);
        }
        if (undecided.Count > 0)
        {
            return new PointOutcome(point, [], measured, bound.Value, Verdict.Inconclusive,
                $"a hypothesis cannot be decided here, so the claim is not judged: {undecided[0]}", undecided);
        }
        var range = Vocabulary.Facts(claim.Quantity)?.Range.Resolve(env.Values);
        var (verdict, reason) = measured is { Low: { } low, High: { } high }
            ? Judge.CompareInterval(measured.Value, low, high, bound.Value, claim.Relation, measured.Trials, level: measured.Trials is null ? 1.0 : 0.95)
            : CertifiedComparison.Compare(measured, bound.Value, claim.Relation, range);
        if (!measured.Exit.IsDecisive() && verdict == Verdict.Holds)
        {
            (verdict, reason) = (Verdict.Inconclusive, $"the measurement ended with {measured.Exit}");
        }
        return new PointOutcome(point, [], measured, bound.Value, verdict, reason, [], ClaimIdentity.At(claim, point, env, bound.Value));
    }
}
