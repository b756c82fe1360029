using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// Facade: turns the stored points of a sweep (one store, or shards merged) into the report model: one verdict per
/// claim, the fits, the tightness tables and the plots. Statistics only: nothing is measured again.
/// </summary>
public static class SweepReport
{
    /// <summary>The theorem's section over a sweep.</summary>
    /// <param name="records">Every record of the sweep (failed ones are counted and named, not fitted).</param>
    /// <param name="missing">Grid points without a record (an unfinished or partly merged sweep).</param>
    public static (TheoremSection Section, IReadOnlyList<ClaimResult> Claims) Section(
        Theorem theorem, SweepGrid grid, IReadOnlyList<PointResult> records, int missing, IEnumerable<string> notes, ScalingOptions? options = null)
    {
        options ??= new ScalingOptions();
        var ok = records.Where(r => r.Status == PointStatus.Ok).ToList();
        var failed = records.Where(r => r.Status == PointStatus.Failed).ToList();
        var label = $"sweep {grid.Canonical} ({ok.Count} of {grid.Count} points)";
        var claims = new List<ClaimResult>();
        var fits = new List<FitResult>();
        var tables = new List<Table>();
        var plots = new List<Plot>();
        foreach (var claim in theorem.Claims)
        {
            var claimFits = SweepTables.IsRate(claim) ? new ClaimFitSet([], [], []) : ClaimFits.Fit(theorem, claim, ok, options);
            claims.Add(SweepVerdicts.Judge(theorem, claim, label, ok, claimFits, failed.Count, options));
            fits.AddRange(claimFits.All);
            tables.Add(SweepTables.IsRate(claim) ? SweepTables.Rates(claim, ok) : SweepTables.Tightness(claim, ok));
            plots.AddRange(SweepPlots.For(theorem, claim, ok));
        }
        var allNotes = notes
            .Append(string.Create(CultureInfo.InvariantCulture,
                $"Sweep over {grid.Canonical}: {ok.Count} points measured, {failed.Count} failed, {missing} missing. Fits: one per fixed value of the other axes, over all seeds; interval per fit as its row says (Student's t over per-seed slopes below {options.IntervalSettings.BootstrapFromSeeds} seeds, a bootstrap over seeds from there on, the OLS t interval with one seed); exponent tolerance {options.Tolerance:G2}."))
            .Concat(failed.Take(10).Select(f => $"failed point {f.Key}: {f.Message}"))
            .Concat(failed.Count > 10 ? [$"... and {failed.Count - 10} more failed points"] : []);
        var section = RunBuilder.Section(theorem, [], allNotes, fits, tables, plots) with { Claims = claims };
        return (section, claims);
    }

    /// <summary>The whole run (results.json content) of a sweep of one theorem.</summary>
    public static VerificationRun Run(Theorem theorem, SweepGrid grid, IReadOnlyList<PointResult> records, int missing,
        IEnumerable<string> notes, RunProvenance provenance, ScalingOptions? options = null)
    {
        var (section, claims) = Section(theorem, grid, records, missing, notes, options);
        return new VerificationRun($"BoundCheck sweep: {theorem.Id}", claims, [section], provenance);
    }
}
