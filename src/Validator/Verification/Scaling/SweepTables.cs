using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>The sweep's tables: tightness across the grid per claim, and rates over seeds for rate claims.</summary>
public static class SweepTables
{
    /// <summary>measured / bound (or the implied constant) at every grid setting, over its seeds.</summary>
    public static Table Tightness(Claim claim, IReadOnlyList<PointResult> records)
    {
        var ratio = claim.ConstantKnown ? "tightness" : "implied";
        var rows = SweepGroups.BySetting(records).Select(g =>
        {
            var measured = Values(g, claim, "measured");
            var ratios = Values(g, claim, ratio);
            var verdicts = g.Records.Select(r => ClaimMetrics.VerdictOf(r, claim.Name)).Where(v => v is not null)
                .GroupBy(v => v!.Value).OrderBy(v => v.Key)
                .Select(v => $"{v.Count()} {System.Text.Json.JsonSerializer.Serialize(v.Key).Trim('"')}");
            return (IReadOnlyList<string>)[
                g.Label, g.Records.Count.ToString(CultureInfo.InvariantCulture),
                Num(Mean(measured)), $"{Num(Min(measured))} – {Num(Max(measured))}", Num(Mean(Values(g, claim, "bound"))),
                Num(Mean(ratios)), Num(Max(ratios)), string.Join(", ", verdicts)];
        }).ToList();
        var what = claim.ConstantKnown ? "measured / bound" : "implied constant (measured / bound without constant)";
        return new Table($"{claim.Name}: {what} across the grid (mean, and range over seeds)",
            ["setting", "seeds", "measured mean", "measured min – max", "bound", $"{ratio} mean", $"{ratio} max", "verdicts"], rows);
    }

    /// <summary>
    /// For a quantity measured over seeds (e.g. init_event_rate): per setting, the successes out of the probe's seeds,
    /// the Clopper-Pearson 95% interval, the stated floor and the verdict (holds when the interval's low end is at or
    /// above the floor, violated when its high end is below it, else inconclusive with the seeds that would decide).
    /// The probe draws the same seeds at every sweep seed, so one record per setting is used (pooling the sweep's seeds
    /// would count the same draws again).
    /// </summary>
    public static Table Rates(Claim claim, IReadOnlyList<PointResult> records)
    {
        var trials = Quantities.InitEventRate.EventSeeds;
        var rows = SweepGroups.BySetting(records).Select(g =>
        {
            var rate = ClaimMetrics.Value(g.Records[0], claim.Name, "measured");
            var floor = ClaimMetrics.Value(g.Records[0], claim.Name, "bound");
            if (!double.IsFinite(rate) || !double.IsFinite(floor))
            {
                return (IReadOnlyList<string>)[g.Label, "—", "—", Num(floor), "not measured", "—"];
            }
            var successes = (int)Math.Round(rate * trials);
            var interval = Proportion.ClopperPearson(successes, trials);
            var (verdict, _) = Verification.Judge.CompareInterval(rate, interval.Low, interval.High, floor, claim.Relation, trials);
            var needed = verdict == Verdict.Inconclusive && Proportion.TrialsToDecide(successes, trials, floor) is { } k ? k.ToString(CultureInfo.InvariantCulture) : "—";
            return (IReadOnlyList<string>)[g.Label, $"{successes} of {trials}", $"[{Num(interval.Low)}, {Num(interval.High)}]",
                Num(floor), System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"'), needed];
        }).ToList();
        return new Table($"{claim.Name}: rate of {claim.Quantity} over the probe's seeds, Clopper-Pearson 95% interval, against the floor",
            ["setting", "event held", "95% interval", "floor", "verdict", "seeds that would decide"], rows);
    }

    /// <summary>True when the claim's quantity is a rate over seeds (judged with an exact binomial interval).</summary>
    public static bool IsRate(Claim claim) => Vocabulary.Find(claim.Quantity)?.Aggregation == Aggregation.OverSeeds;

    internal static double[] Values(SweepGroup group, Claim claim, string field) =>
        [.. group.Records.Select(r => ClaimMetrics.Value(r, claim.Name, field)).Where(double.IsFinite)];

    internal static double Mean(double[] v) => v.Length == 0 ? double.NaN : v.Average();
    internal static double Min(double[] v) => v.Length == 0 ? double.NaN : v.Min();
    internal static double Max(double[] v) => v.Length == 0 ? double.NaN : v.Max();

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : "—";
}
