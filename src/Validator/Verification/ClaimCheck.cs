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
        var hypotheses = theorem.Hypotheses.Select(h => Summarise(h, outcomes, context)).ToList();
        var result = Aggregate(theorem, claim, setting, outcomes, hypotheses, context, clock.Elapsed.TotalSeconds) with { Search = search };
        return (result, Plots.ForClaim(theorem, claim, outcomes));
    }

    private static PointOutcome AtPoint(Theorem theorem, Claim claim, ProbePoint point, CheckContext context)
    {
        var exprs = theorem.Hypotheses.SelectMany(h => new[] { h.Left, h.Right }).Append(claim.Bound);
        var env = context.Environment(point, exprs);
        var failed = theorem.Hypotheses
            .Where(h => HypothesisCheck.Decide(h, env).Holds != true)
            .Select(HypothesisCheck.Text)
            .ToList();
        if (failed.Count > 0)
        {
            return new PointOutcome(point, failed, null, double.NaN, Verdict.NotApplicable, null);
        }
        var measured = context.Probe.Measure(point, claim.Quantity);
        var bound = Evaluator.Evaluate(claim.Bound, env);
        if (!bound.Succeeded)
        {
            return new PointOutcome(point, [], measured, double.NaN, Verdict.Inconclusive, bound.Error!.Message);
        }
        var (verdict, reason) = measured is { Low: { } low, High: { } high }
            ? Judge.CompareInterval(measured.Value, low, high, bound.Value, claim.Relation)
            : CertifiedComparison.Compare(measured, bound.Value, claim.Relation);
        if (measured.ExitReason is not ("Converged" or "Exact" or "InvariantSubspace") && verdict == Verdict.Holds)
        {
            (verdict, reason) = (Verdict.Inconclusive, $"the measurement ended with {measured.ExitReason}");
        }
        return new PointOutcome(point, [], measured, bound.Value, verdict, reason);
    }

    private static HypothesisResult Summarise(Hypothesis h, List<PointOutcome> outcomes, CheckContext context)
    {
        // The first point of the scope: theta_0, or GD step 0 for trajectory scopes (where step quantities exist).
        var first = outcomes.FirstOrDefault()?.Point ?? context.Init;
        var env = context.Environment(first, [h.Left, h.Right]);
        var (holds, detail) = HypothesisCheck.Decide(h, env);
        var text = HypothesisCheck.Text(h);
        var failedAt = outcomes.Count(o => o.FailedHypotheses.Contains(text));
        if (h.Quantities.Any(PointValues.IsPointDependent) && outcomes.Count > 1)
        {
            holds = failedAt == 0;
            detail = $"{detail} at {first.Label}; held at {outcomes.Count - failedAt} of {outcomes.Count} probed points";
        }
        return new HypothesisResult(text, Formula.Latex(h.Left) + " " + h.Relation.Latex() + " " + Formula.Latex(h.Right),
            h.Origin.Tag.Name(), HypothesisCheck.KindOf(h), holds, detail);
    }

    private static ClaimResult Aggregate(
        Theorem theorem, Claim claim, string setting, List<PointOutcome> outcomes,
        IReadOnlyList<HypothesisResult> hypotheses, CheckContext context, double seconds)
    {
        var applicable = outcomes.Where(o => o.Applicable).ToList();
        var upper = Judge.IsUpperBound(claim.Relation);
        var worst = applicable.Where(o => double.IsFinite(o.Ratio))
            .OrderByDescending(o => upper ? o.Ratio : -o.Ratio).FirstOrDefault() ?? applicable.FirstOrDefault();
        var (verdict, reason) = Verdicts.Combine(claim, applicable, outcomes, context);
        var measured = worst?.Measured;
        var witness = worst is null || measured is null ? null
            : new Witness(setting, worst.Point.Label, measured.Input ?? "", measured.Value);
        var method = measured is null ? null
            : new MeasurementInfo(measured.Method, applicable.Sum(o => o.Measured?.Products ?? 0), measured.Error,
                measured.ExitReason, context.Probe.Backend, seconds);
        var ratio = worst is null ? (double?)null : Judge.Tightness(worst.Measured?.Value ?? double.NaN, worst.Bound);
        return new ClaimResult(
            theorem.Id, claim.Name, setting, verdict, claim.Quantity, claim.Relation.Symbol(),
            measured?.Value, worst?.Bound, claim.ConstantKnown ? ratio : null, claim.ConstantKnown ? null : ratio,
            ExprPrinter.Print(claim.Bound), Formula.Latex(claim.Bound), claim.Origin.Tag.Name(),
            ScopeText.Describe(claim.Scope), hypotheses, method, witness, reason, CertifiedComparison.Of(applicable.Select(o => o.Measured)));
    }
}
