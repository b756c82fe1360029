using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// One verdict per claim over a whole sweep (DESIGN.md, "Verdicts"). Explicit claims: the per-point verdicts
/// aggregated (violated anywhere -> violated, with the worst point as witness). O-form claims never hold or fail:
/// their verdict is the scaling verdict of the implied constant on m (claimed exponent 0) over every group.
/// </summary>
public static class SweepVerdicts
{
    /// <summary>The claim's sweep-level result; <paramref name="records"/> are the ok records.</summary>
    public static ClaimResult Judge(Theorem theorem, Claim claim, string sweep, IReadOnlyList<PointResult> records, ClaimFitSet fits, int failedPoints,
        ScalingOptions? options = null)
    {
        var judged = records.Select(r => (Record: r, Verdict: ClaimMetrics.VerdictOf(r, claim.Name))).Where(x => x.Verdict is not null).ToList();
        var upper = Verification.Judge.IsUpperBound(claim.Relation);
        var ratio = claim.ConstantKnown ? "tightness" : "implied";
        var worst = judged.Where(x => x.Verdict is not Verdict.NotApplicable)
            .OrderByDescending(x => Score(ClaimMetrics.Value(x.Record, claim.Name, ratio), upper)).Select(x => x.Record).FirstOrDefault();
        var failedNote = failedPoints > 0 ? $"; {failedPoints} point(s) failed and are not counted" : "";
        var (verdict, reason) = claim.ConstantKnown ? FromPoints(judged) : FromImplied(fits.Implied, judged.Count, options ?? new ScalingOptions());
        var violatedAt = claim.ConstantKnown && verdict == Verdict.Violated
            ? judged.Where(x => x.Verdict == Verdict.Violated).OrderByDescending(x => Score(ClaimMetrics.Value(x.Record, claim.Name, ratio), upper)).First().Record
            : worst;
        var witness = violatedAt is null ? null
            : new Witness(violatedAt.Key, "worst probed point of that setting", "", ClaimMetrics.Value(violatedAt, claim.Name, "measured"));
        double? Field(string field) => violatedAt is null ? null : Finite(ClaimMetrics.Value(violatedAt, claim.Name, field));
        var scaling = claim.ConstantKnown ? null : (IReadOnlyList<FitResult>)[.. fits.Implied, .. fits.RawImplied ?? [], .. fits.Width];
        var notes = claim.ConstantKnown ? null : Converging(theorem, claim, records);
        return new ClaimResult(
            theorem.Id, claim.Name, sweep, verdict, claim.Quantity, claim.Relation.Symbol(),
            Field("measured"), Field("bound"), claim.ConstantKnown ? Field("tightness") : null, claim.ConstantKnown ? null : Field("implied"),
            ExprPrinter.Print(claim.Bound), LatexPrinter.Print(claim.Bound), claim.Origin.Tag.Name(), ScopeText.Describe(claim.Scope),
            [], null, witness, reason + failedNote,
            Certificate: ClaimCertificate.Combine(judged.Where(x => x.Verdict is not Verdict.NotApplicable)
                .Select(x => ClaimCertificate.FromMetric(ClaimMetrics.Value(x.Record, claim.Name, "certificate")))),
            Search: violatedAt is null ? null : ClaimMetrics.Search(violatedAt, claim.Name, upper),
            ScalingFits: scaling, ScalingNotes: notes is { Count: > 0 } ? notes : null);
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
        return applicable.Any(x => x.Verdict == Verdict.Holds) ? (Verdict.Holds, $"held wherever it applies and says something ({summary})")
            : applicable.Any(x => x.Verdict == Verdict.ConsistentByConstruction) ? (Verdict.ConsistentByConstruction, $"held only by construction ({summary})")
            : (Verdict.Vacuous, $"vacuous wherever it applies ({summary})");
    }

    // The scaling verdict of the implied constant C = measured / (bound without constant): its slope on log m must not
    // exceed 0 + tolerance in any group. Where a factor of the form converges as m grows (gamma^(6L) with gamma -> 1),
    // C is taken against the form's asymptotic equivalent (the factor at its limit): O(form) = O(equivalent), so this is
    // the same claim, judged without the factor's pre-asymptotic drift; the raw C is shown beside it, not judged, and the
    // converging-factor notes say how far from its limit the factor still is.
    private static (Verdict, string) FromImplied(IReadOnlyList<FitResult> implied, int points, ScalingOptions options)
    {
        if (implied.Count == 0)
        {
            return (Verdict.NeedsSweep, $"m does not vary in this sweep ({points} points): an O-form claim needs a width sweep for a verdict");
        }
        var groups = string.Join("; ", implied.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Quantity}: slope {f.Slope:G3} [{f.Low:G3}, {f.High:G3}] ({f.Interval}) {Name(f.Verdict)}")));
        var rule = string.Create(CultureInfo.InvariantCulture,
            $"an O-form claim is judged by the scaling of its implied constant C = measured / (bound without constant, at its asymptotic form in m) in m: the slope of log C on "
            + $"log m must be <= 0 + {options.Tolerance:G2} at the upper end of its {options.IntervalSettings.Level:P0} interval in every group; ");
        if (implied.Any(f => f.Verdict == ScalingVerdict.Inconsistent))
        {
            return (Verdict.Inconsistent, rule + "C grows with m in some group: " + groups);
        }
        if (implied.Any(f => f.Verdict is ScalingVerdict.Inconclusive or ScalingVerdict.FitOnly))
        {
            return (Verdict.Inconclusive, rule + "an interval is too wide to decide: " + groups);
        }
        return implied.All(f => f.Verdict == ScalingVerdict.BoundNotTight)
            ? (Verdict.BoundNotTight, rule + "C decays with m in every group, faster than the tolerance: " + groups)
            : (Verdict.Consistent, rule + "C does not grow with m in any group: " + groups);
    }

    private static List<string> Converging(Theorem theorem, Claim claim, IReadOnlyList<PointResult> records) =>
        [.. SweepGroups.Along(records, ClaimFits.Width).Select(g =>
            ConvergingFactor.Describe(theorem, claim, ClaimMetrics.Bindings(g.Records.MaxBy(r => r.Parameters[ClaimFits.Width])!),
                g.Records.Max(r => r.Parameters[ClaimFits.Width]), g.Label)).OfType<string>()];

    private static double Score(double ratio, bool upper) => double.IsFinite(ratio) ? (upper ? ratio : -ratio) : double.NegativeInfinity;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Name(Verdict verdict) => System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"');

    private static string Name(ScalingVerdict verdict) => System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"');
}
