using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Banerjee et al.'s RSC regime, measured (arXiv:2209.15106v1, Theorem 5.1 and the GD theorem after it): GD over a width
/// sweep with alpha_t = 2 kappa^2 ||gbar_t||^2 - c2/sqrt(m) tracked at every step, the frontier where alpha_t &gt; 0 starts
/// (measured, and extrapolated where it is out of reach), and the asked theorems judged at the largest width that
/// fits this machine (kappa is a stated grid, every value of it reported, never tuned to a verdict).
/// </summary>
/// <remarks>
/// Arguments: <c>widths</c> (the m to run), <c>kappa</c> (the cone grid, default 0.25, 0.5, 0.75), <c>judge</c> (theorem
/// ids judged at the largest width, default the experiment's own). The experiment's theorem must define c2 and beta
/// (banerjee2023.gd does, through what it uses); its setting gives L, the data, the activation and the steps.
/// </remarks>
internal sealed class RscRegime : IAnalysis
{
    /// <summary>The cone parameters reported when an experiment names none.</summary>
    public static IReadOnlyList<double> DefaultKappas { get; } = [0.25, 0.5, 0.75];

    public string Name => "rsc-regime";

    public IReadOnlyList<string> Parameters => ["widths", "kappa", "judge"];

    public IReadOnlyList<int> Seeds(Experiment experiment) => [.. Enumerable.Range(experiment.Setting.Seed, experiment.Seeds)];

    public Analysis Run(AnalysisRequest request)
    {
        var experiment = request.Experiment;
        var arguments = request.Arguments;
        var widths = arguments.Integers("widths", []).Order().ToList();
        var kappas = arguments.Numbers("kappa", DefaultKappas);
        if (widths.Count == 0 || kappas.Any(k => k is <= 0 or > 1))
        {
            throw new InvalidOperationException($"experiment {experiment.Name}: rsc-regime needs widths and kappa values in (0, 1]");
        }
        var profiled = request.Theorem(experiment.Theorem);
        var judged = arguments.Words("judge", [experiment.Theorem]).Select(request.Theorem).ToList();
        var setting = experiment.Setting;
        var depth = (int)setting.Bindings.GetValueOrDefault("L", 1);
        var inputs = (int)new NetworkProbeFactory().Declared(setting)["data.d"];
        var budget = GdMemory.Budget;
        var runnable = widths.Where(m => GdMemory.Bytes(GdMemory.Parameters(depth, m, inputs), setting.Steps) <= budget).ToList();
        if (runnable.Count == 0)
        {
            throw new InvalidOperationException($"experiment {experiment.Name}: no width fits this machine ({GdMemory.Describe(budget)} for one run)");
        }
        var top = runnable[^1];
        var seeds = Seeds(experiment);
        var results = new List<RscWidthResult>();
        foreach (var m in runnable)
        {
            foreach (var seed in seeds)
            {
                request.Cancellation.ThrowIfCancellationRequested();
                var judgedHere = m == top && seed == seeds[0] ? judged : [];
                var spec = setting with { Seed = seed, Bindings = new Dictionary<string, double>(setting.Bindings) { ["m"] = m } };
                var key = KeyedJson.Key(new { theorem = Fingerprints.Theorem(profiled), judge = judgedHere.Select(Fingerprints.Theorem), spec, kappas, request.Tolerance });
                request.Progress?.Report($"{experiment.Name}: L = {depth}, m = {m}, seed {seed} (p = {Cells.Number(GdMemory.Parameters(depth, m, inputs))})");
                results.Add(KeyedJson.GetOrCompute(Path.Combine(request.Directory, $"m{m}-seed{seed}.json"), key,
                    () => RscProfiler.Measure(profiled, judgedHere, spec, kappas, request.Tolerance, request.Progress, request.Cancellation)));
            }
        }
        var skipped = widths.Except(runnable).ToList();
        return RscRegimeReport.Build(new RscRegimeRun(experiment, depth, inputs, budget, [.. results.Select(r => r.Profile)], kappas, skipped,
            [.. results.SelectMany(r => r.Checks)], [.. results.SelectMany(r => r.Contraction)], top));
    }
}

/// <summary>Everything the report of one RSC regime run says.</summary>
/// <param name="Judged">The checks at the largest width run (<paramref name="Top"/>), every theorem at the judged kappas.</param>
/// <param name="Skipped">Widths asked for whose GD does not fit this machine.</param>
/// <param name="Contraction">The GD steps judged at the largest width against the paper's form of the contraction.</param>
internal sealed record RscRegimeRun(
    Experiment Experiment,
    int Depth,
    int Inputs,
    double Budget,
    IReadOnlyList<RscProfile> Profiles,
    IReadOnlyList<double> Kappas,
    IReadOnlyList<int> Skipped,
    IReadOnlyList<TheoremCheck> Judged,
    IReadOnlyList<ContractionStep> Contraction,
    int Top)
{
    public IReadOnlyList<RscFrontierPoint> Frontier => [.. Kappas.Select(k => RscFrontier.At(Profiles, k))];
}
