using System.Globalization;
using static BoundCheck.Validator.Verification.Reproduction.Cells;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>The notes and tables of an RSC regime run (the plots are <see cref="RscRegimePlots"/>).</summary>
internal static class RscRegimeReport
{
    public static Analysis Build(RscRegimeRun run)
    {
        var frontier = run.Frontier;
        return new Analysis([Design(run), .. frontier.Select(f => Outcome(run, f)), .. Skipped(run), Verdicts(run), RscContractionTable.Note(run, Setting(run))],
            [Widths(run), Frontier(run, frontier), RscContractionTable.For(run, Setting(run))], RscRegimePlots.For(run, frontier), run.Judged);
    }

    private static string Setting(RscRegimeRun run) =>
        $"L = {run.Depth}, {run.Experiment.Setting.Activation}, data {run.Experiment.Setting.Data}";

    private static string Design(RscRegimeRun run)
    {
        var e = run.Experiment;
        var seeds = run.Profiles.Select(p => p.Seed).Distinct().Count();
        return $"RSC regime ({Setting(run)}; BoundCheck's design, not the paper's experiment): full-batch GD for {e.Setting.Steps} steps "
            + $"with eta = 1/beta, beta from the theorem's own smoothness formula (omega = 1, no curvature measured), at m = "
            + $"{string.Join(", ", run.Profiles.Select(p => p.Width).Distinct())}, {seeds} seed{(seeds == 1 ? "" : "s")}; alpha_t = c1 ||gbar_t||^2 - c2/sqrt(m) "
            + $"with c1 = 2 kappa^2 and c2 from the theorem's explicit constants. kappa is not tuned: every value of the fixed grid "
            + $"{{{string.Join(", ", run.Kappas.Select(Number))}}} is reported, and a step counts only where the hypothesis step_cosine >= kappa admits it. "
            + $"The judged checks are at the largest width run, m = {run.Top}, seed {run.Profiles[0].Seed}, at every kappa of the grid at which "
            + "alpha_t > 0 at some admitted step there (at the largest kappa alone when there is none: banerjee2023.gd is then not-applicable by "
            + "its own hypothesis alpha_t > 0 at every kappa, as the tables show). "
            + "The frontier is where the least-squares line through log(sqrt(m) ||gbar_0||^2) against log m meets c2/c1 (evaluated at every m); "
            + "a crossing beyond the widths run is an extrapolation.";
    }

    private static string Outcome(RscRegimeRun run, RscFrontierPoint f)
    {
        var head = $"kappa = {Number(f.Kappa)} ({Setting(run)}): ";
        if (!f.ConeAdmitsStart)
        {
            head += $"the GD step at t = 0 lies outside the cone Q_kappa (step_cosine < kappa) on {f.Seeds - f.SeedsAdmittingStart} of {f.Seeds} "
                + $"seeds at m = {run.Top}, so alpha_0 is not admitted there; ";
        }
        var measured = (f.FirstAllSeeds, f.FirstSomeSeed) switch
        {
            ({ } all, _) => $"alpha_t > 0 at an admitted step on every seed from m = {all} on (measured)",
            (null, { } some) => $"alpha_t > 0 at an admitted step from m = {some} on, on {f.SeedsBitingAtTop} of {f.Seeds} seeds at m = {run.Top} (measured)",
            _ => $"alpha_t <= 0 at every admitted step of every width and seed run (up to m = {run.Top})",
        };
        var extrapolated = f.Crossing switch
        {
            null => "; the fitted sqrt(m) ||gbar_0||^2 does not reach c2/c1 below m = 2^64",
            { } c when c <= run.Top => $"; the fitted crossing is at m ~ {Number(c)}{Range(f)}",
            { } c => $"; extrapolated frontier m ~ {Number(c)}{Range(f)}, p ~ {Number(GdMemory.Parameters(run.Depth, c, run.Inputs))}, "
                + $"GD memory ~ {GdMemory.Describe(Memory(run, c))}: {(Memory(run, c) <= run.Budget ? "within" : "beyond")} what this machine allows one run "
                + $"({GdMemory.Describe(run.Budget)})",
        };
        return head + measured + extrapolated + ".";
    }

    private static string Range(RscFrontierPoint f) =>
        f.CrossingLow is { } low && f.CrossingHigh is { } high && high > low ? $" (seeds: {Number(low)} to {Number(high)})" : "";

    private static double Memory(RscRegimeRun run, double m) => GdMemory.Bytes(GdMemory.Parameters(run.Depth, m, run.Inputs), run.Experiment.Setting.Steps);

    private static IEnumerable<string> Skipped(RscRegimeRun run) => run.Skipped.Select(m =>
        $"m = {m} was not run ({Setting(run)}): its GD needs about {GdMemory.Describe(Memory(run, m))}, more than the "
        + $"{GdMemory.Describe(run.Budget)} one run may take here ({GdMemory.Share:P0} of the memory available to the process).");

    private static string Verdicts(RscRegimeRun run) =>
        $"Judged at m = {run.Top} ({Setting(run)}): " + string.Join("; ", run.Judged.SelectMany(c => c.Claims.Select(r =>
            $"{r.Theorem}.{r.Claim} at kappa = {Number(c.Bindings["kappa"])}: {Name(r.Verdict)}{(r.Reason is null ? "" : $" ({r.Reason})")}"))) + ".";

    // The verdict's name as results.json writes it ("not-applicable").
    private static string Name(Verdict verdict) => System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"');

    private static Table Widths(RscRegimeRun run)
    {
        var rows = run.Profiles.GroupBy(p => p.Width).Select(g =>
        {
            var p = g.ToList();
            var cells = new List<string>
            {
                Integer(g.Key), Integer(p[0].Parameters), $"{Integer(p[0].GbarNormSq.Length - 1)} ({p[0].Exit})",
                Number(Median(p.Select(x => x.GbarNormSq[0]))), Number(Median(p.Select(x => x.ScaledGbar(0)))),
                $"{Number(Median(p.Select(x => x.StepCosine[0])))} / {Number(Median(p.Select(x => x.StepCosine[^1])))}",
                Number(Median(p.Select(x => x.C2))), Number(Median(p.Select(x => x.Beta))), Number(Median(p.Select(x => x.BestRatio))),
            };
            cells.AddRange(run.Kappas.Select(k => First(p, k)));
            cells.Add($"{p[0].InBall.Count(b => b)} of {p[0].InBall.Length}");
            cells.Add(Number(p.Sum(x => x.Seconds)));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        var seeds = run.Profiles.Select(p => p.Seed).Distinct().Count();
        return new Table($"RSC along GD per width ({Setting(run)}; medians over {seeds} seed{(seeds == 1 ? "" : "s")})",
            ["m", "p", "GD steps (exit)", "||gbar_0||^2", "sqrt(m) ||gbar_0||^2", "step cosine t = 0 / last", "c2", "beta",
             "max_t 2 cos_t^2 sqrt(m) ||gbar_t||^2 / c2", .. run.Kappas.Select(k => $"kappa = {Number(k)}: first t with alpha_t > 0 (steps)"),
             "kept steps in B_Spec (seed 1)", "seconds"], rows);
    }

    // "t = 0 (12 steps)" for every seed's first admitted step with alpha_t > 0, "—" where a seed has none.
    private static string First(IReadOnlyList<RscProfile> seeds, double kappa)
    {
        var firsts = seeds.Select(p => p.FirstPositive(kappa)).ToList();
        if (firsts.Any(f => f is null))
        {
            var some = firsts.Count(f => f is not null);
            return some == 0 ? "—" : $"{some} of {firsts.Count} seeds";
        }
        return $"t = {Number(Median(firsts.Select(f => (double)f!.Value)))} ({Number(Median(seeds.Select(p => (double)p.PositiveSteps(kappa))))} steps)";
    }

    private static Table Frontier(RscRegimeRun run, IReadOnlyList<RscFrontierPoint> frontier)
    {
        var top = run.Profiles.Where(p => p.Width == run.Top).ToList();
        var rows = frontier.Select(f => (IReadOnlyList<string>)[
            Number(f.Kappa), Number(Median(top.Select(p => RscFrontier.Threshold(p, f.Kappa, p.Width)))), Number(Median(top.Select(p => p.ScaledGbar(0)))),
            $"{f.SeedsAdmittingStart} of {f.Seeds} seeds",
            f.FirstAllSeeds is { } m ? $"{Integer(m)} (every seed)" : f.FirstSomeSeed is { } s ? $"{Integer(s)} ({f.SeedsBitingAtTop} of {f.Seeds} seeds at m = {run.Top})" : "—",
            Number(f.Slope),
            f.Crossing is { } c ? Number(c) + Range(f) : "none below 2^64",
            f.Crossing is { } c2 ? Number(GdMemory.Parameters(run.Depth, c2, run.Inputs)) : "—",
            f.Crossing is { } c3 ? GdMemory.Describe(Memory(run, c3)) : "—",
            f.Crossing is { } c4 ? (Memory(run, c4) <= run.Budget ? "yes" : "no") : "—"]).ToList();
        return new Table(string.Create(CultureInfo.InvariantCulture, $"Where alpha_t > 0 starts ({Setting(run)}): measured and extrapolated at t = 0"),
            ["kappa", $"c2/c1 at m = {run.Top}", $"sqrt(m) ||gbar_0||^2 at m = {run.Top}", $"cone admits t = 0 at m = {run.Top}", "first width with alpha_t > 0 (measured)",
             "fitted exponent of sqrt(m) ||gbar_0||^2", "crossing m (fit)", "p there", "GD memory there", "fits here"], rows);
    }
}
