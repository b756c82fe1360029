using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// One verdict per claim over a whole sweep (DESIGN.md, "Verdicts"). Explicit claims: the per-point verdicts
/// aggregated (violated anywhere -> violated, with the worst point as witness). O-form claims: the implied constant
/// must not grow with m, i.e. the slope of log implied constant on log m must be &lt;= 0 + tolerance in every group.
/// </summary>
public static class SweepVerdicts
{
    /// <summary>The claim's sweep-level result; <paramref name="records"/> are the ok records.</summary>
    public static ClaimResult Judge(Theorem theorem, Claim claim, string sweep, IReadOnlyList<PointResult> records, ClaimFitSet fits, int failedPoints)
    {
        var judged = records.Select(r => (Record: r, Verdict: ClaimMetrics.VerdictOf(r, claim.Name))).Where(x => x.Verdict is not null).ToList();
        var upper = Verification.Judge.IsUpperBound(claim.Relation);
        var ratio = claim.ConstantKnown ? "tightness" : "implied";
        var worst = judged.Where(x => x.Verdict is not Verdict.NotApplicable)
            .OrderByDescending(x => Score(ClaimMetrics.Value(x.Record, claim.Name, ratio), upper)).Select(x => x.Record).FirstOrDefault();
        var failedNote = failedPoints > 0 ? $"; {failedPoints} point(s) failed and are not counted" : "";
        var (verdict, reason) = claim.ConstantKnown ? FromPoints(judged) : FromImplied(fits.Implied, fits.Width, judged.Count);
        var violatedAt = claim.ConstantKnown && verdict == Verdict.Violated
            ? judged.Where(x => x.Verdict == Verdict.Violated).OrderByDescending(x => Score(ClaimMetrics.Value(x.Record, claim.Name, ratio), upper)).First().Record
            : worst;
        var witness = violatedAt is null ? null
            : new Witness(violatedAt.Key, "worst probed point of that setting", "", ClaimMetrics.Value(violatedAt, claim.Name, "measured"));
        double? Field(string field) => violatedAt is null ? null : Finite(ClaimMetrics.Value(violatedAt, claim.Name, field));
        return new ClaimResult(
            theorem.Id, claim.Name, sweep, verdict, claim.Quantity, claim.Relation.Symbol(),
            Field("measured"), Field("bound"), claim.ConstantKnown ? Field("tightness") : null, claim.ConstantKnown ? null : Field("implied"),
            ExprPrinter.Print(claim.Bound), LatexPrinter.Print(claim.Bound), claim.Origin.Tag.Name(), ScopeText.Describe(claim.Scope),
            [], null, witness, reason + failedNote,
            ClaimCertificate.Combine(judged.Where(x => x.Verdict is not Verdict.NotApplicable)
                .Select(x => ClaimCertificate.FromMetric(ClaimMetrics.Value(x.Record, claim.Name, "certificate")))),
            violatedAt is null ? null : ClaimMetrics.Search(violatedAt, claim.Name, upper));
    }

    private static (Verdict, string) FromPoints(IReadOnlyList<(PointResult Record, Verdict? Verdict)> judged)
    {
        var counts = judged.GroupBy(x => x.Verdict!.Value).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Name(g.Key)}").ToList();
        var summary = $"over {judged.Count} points: {string.Join(", ", counts)}";
        if (judged.Count == 0)
        {
            return (Verdict.Inconclusive, "no point was measured");
        }
        if (judged.Any(x => x.Verdict == Verdict.Violated))
        {
            return (Verdict.Violated, $"violated at some points ({summary}); the witness is the point with the largest ratio among them");
        }
        if (judged.Any(x => x.Verdict == Verdict.Inconclusive))
        {
            return (Verdict.Inconclusive, $"inconclusive at some points ({summary})");
        }
        var applicable = judged.Where(x => x.Verdict != Verdict.NotApplicable).ToList();
        if (applicable.Count == 0)
        {
            return (Verdict.NotApplicable, $"a hypothesis fails at every point ({summary})");
        }
        return applicable.All(x => x.Verdict == Verdict.Vacuous)
            ? (Verdict.Vacuous, $"vacuous wherever it applies ({summary})")
            : (Verdict.Holds, $"held wherever it applies ({summary})");
    }

    // A group's implied constant may still rise over a finite range of m while converging (e.g. a bound factor
    // gamma^(6L), gamma = sigma1 + rho/sqrt(m) -> sigma1): growth counts as a violation only when the measured
    // quantity's own width exponent is also inconsistent with the claimed one (fits are index-aligned by group).
    private static (Verdict, string) FromImplied(IReadOnlyList<FitResult> implied, IReadOnlyList<FitResult> width, int points)
    {
        if (implied.Count == 0)
        {
            return (Verdict.NeedsSweep, $"m does not vary in this sweep ({points} points): an O-form claim needs a width sweep for a verdict");
        }
        var tolerance = new Statistics.ScalingOptions().Tolerance;
        var groups = string.Join("; ", implied.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Quantity}: slope {f.Slope:G3} [{f.Low:G3}, {f.High:G3}] {Name(f.Verdict)}")));
        var rule = string.Create(CultureInfo.InvariantCulture,
            $"the implied constant (measured / bound without constant) must not grow with m: slope of log C on log m <= 0 + {tolerance:G2} (upper 95% bootstrap end); ");
        var growing = implied.Select((f, i) => (f, w: i < width.Count ? width[i] : null)).Where(x => x.f.Verdict == ScalingVerdict.Inconsistent).ToList();
        if (growing.Any(x => x.w?.Verdict == ScalingVerdict.Inconsistent))
        {
            return (Verdict.Violated, rule + "it grows in some group and the measured width exponent there is inconsistent with the claim: " + groups);
        }
        if (growing.Count > 0)
        {
            return growing.All(x => x.w?.Verdict is ScalingVerdict.Consistent or ScalingVerdict.BoundNotTight)
                ? (Verdict.Holds, rule + "it rises over this range of m in some group, but the measured width exponent there matches the claimed one, "
                    + "so the rise comes from pre-asymptotic factors of the bound (extend m to confirm): " + groups)
                : (Verdict.Inconclusive, rule + "it rises in some group and the measured width exponent there is undecided: " + groups);
        }
        return implied.All(f => f.Verdict is ScalingVerdict.Consistent or ScalingVerdict.BoundNotTight)
            ? (Verdict.Holds, rule + "it does not grow in any group: " + groups)
            : (Verdict.Inconclusive, rule + "an interval is too wide to decide: " + groups);
    }

    private static double Score(double ratio, bool upper) => double.IsFinite(ratio) ? (upper ? ratio : -ratio) : double.NegativeInfinity;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Name(Verdict verdict) => System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"');

    private static string Name(ScalingVerdict verdict) => System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"');
}
