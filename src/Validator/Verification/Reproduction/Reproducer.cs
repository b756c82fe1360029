using System.Diagnostics;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>What a reproduction produced: one section per theorem, and the claims of all of them.</summary>
public sealed record Reproduction(IReadOnlyList<TheoremSection> Sections, IReadOnlyList<ClaimResult> Claims, IReadOnlyList<string> Failures);

/// <summary>
/// Runs the experiments of a plan against the theorem library: checks (cached per experiment) and sweeps (resumable
/// stores), then the extra analyses, and assembles one section per theorem.
/// </summary>
public sealed class Reproducer(IReadOnlyList<Theorem> theorems, string directory, double tolerance, IProgress<string>? progress)
{
    public Reproduction Run(IReadOnlyList<Experiment> plan, int jobs, CancellationToken cancellation)
    {
        var cache = new CheckCache(Path.Combine(directory, "checks"));
        var outcomes = new (List<TheoremCheck> Checks, List<(TheoremSection Section, IReadOnlyList<ClaimResult> Claims)> Sweeps, List<string> Notes, Analysis Extra)[plan.Count];
        var failures = new List<string>();
        var done = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, plan.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellation }, i =>
        {
            var experiment = plan[i];
            var theorem = Find(experiment.Theorem);
            outcomes[i] = ([], [], [], Analysis.None);
            try
            {
                if (experiment.IsAnalysis)
                {
                    outcomes[i].Extra = Analyse(experiment, cancellation);
                }
                else if (experiment.IsSweep)
                {
                    outcomes[i].Sweeps.Add(Sweep(theorem, experiment, cancellation));
                }
                else
                {
                    outcomes[i].Checks.Add(Check(theorem, experiment, cache, cancellation));
                }
                outcomes[i].Notes.Add($"Run `{experiment.Name}`: {experiment.Why} ({Describe(experiment)}).");
            }
            catch (Exception e) when (e is InputException or InvalidOperationException)
            {
                lock (failures)
                {
                    failures.Add($"{experiment.Theorem}/{experiment.Name}: {e.Message}");
                }
                outcomes[i].Notes.Add($"Run `{experiment.Name}` FAILED: {e.Message}");
            }
            var n = Interlocked.Increment(ref done);
            progress?.Report($"[{n}/{plan.Count}] {experiment.Theorem} {experiment.Name} done ({clock.Elapsed:mm\\:ss} elapsed)");
        });
        var sections = new List<TheoremSection>();
        var claims = new List<ClaimResult>();
        // An analysis may judge theorems besides its own (e.g. at a width it found): their checks join those sections.
        var judged = outcomes.SelectMany(o => o.Extra.Judged).ToList();
        var order = plan.Select(e => e.Theorem).Concat(judged.Select(TheoremOf)).Distinct().ToList();
        foreach (var id in order)
        {
            var theorem = Find(id);
            var indices = Enumerable.Range(0, plan.Count).Where(i => plan[i].Theorem == id).ToList();
            var checks = indices.SelectMany(i => outcomes[i].Checks).Concat(judged.Where(c => TheoremOf(c) == id)).ToList();
            var sweeps = indices.SelectMany(i => outcomes[i].Sweeps).ToList();
            var extras = indices.Select(i => outcomes[i].Extra).ToList();
            var notes = indices.SelectMany(i => outcomes[i].Notes).Concat(extras.SelectMany(x => x.Notes));
            var section = RunBuilder.Section(theorem, checks, notes,
                [.. sweeps.SelectMany(s => s.Section.Fits)],
                [.. (checks.Count > 0 ? [RunBuilder.Bindings(checks)] : Array.Empty<Table>()), .. sweeps.SelectMany(s => s.Section.Tables), .. extras.SelectMany(x => x.Tables)],
                [.. sweeps.SelectMany(s => s.Section.Plots), .. extras.SelectMany(x => x.Plots)]);
            var sectionClaims = checks.SelectMany(c => c.Claims).Concat(sweeps.SelectMany(s => s.Claims)).ToList();
            sections.Add(section with { Claims = sectionClaims });
            claims.AddRange(sectionClaims);
        }
        return new Reproduction(sections, claims, failures);
    }

    private TheoremCheck Check(Theorem theorem, Experiment experiment, CheckCache cache, CancellationToken cancellation)
    {
        var key = CheckCache.KeyOf(theorem, experiment, tolerance);
        if (cache.TryGet(experiment, key) is { } cached)
        {
            progress?.Report($"{experiment.Theorem} {experiment.Name}: reused the finished check");
            return cached;
        }
        if (cache.Has(experiment))
        {
            progress?.Report($"{experiment.Theorem} {experiment.Name}: the stored check was made for other inputs (theorem text, setting, data, tolerance or tool); checking again");
        }
        var check = TheoremChecker.Check(theorem, experiment.Setting, new NetworkProbeFactory(tolerance), strict: true, progress: null, cancellation);
        if (check.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", check.Errors));
        }
        cache.Put(experiment, key, check);
        return check;
    }

    // An analysis' result is kept like a check's: a rerun with the same experiment and tolerance reuses it.
    private Analysis Analyse(Experiment experiment, CancellationToken cancellation)
    {
        var name = $"{experiment.Theorem}.{experiment.Name}";
        var path = Path.Combine(directory, "analyses", name + ".json");
        // Analyses may judge any theorem of the library, so the key holds every theorem's text.
        var key = KeyedJson.Key(new
        {
            experiment.Theorem, experiment.Analysis, experiment.Arguments, experiment.Setting, experiment.Seeds, tolerance,
            texts = theorems.Select(Fingerprints.Theorem), data = Fingerprints.Data(experiment.Setting.Data),
        });
        if (KeyedJson.Read<Analysis>(path, key) is { } kept)
        {
            progress?.Report($"{experiment.Theorem} {experiment.Name}: reused the finished analysis");
            return kept;
        }
        var result = Analyses.Run(new AnalysisRequest(experiment, theorems, Path.Combine(directory, "analyses", name), tolerance, progress, cancellation));
        KeyedJson.Write(path, key, result);
        return result;
    }

    private static string TheoremOf(TheoremCheck check) => check.Setting[..check.Setting.IndexOf('/', StringComparison.Ordinal)];

    private (TheoremSection Section, IReadOnlyList<ClaimResult> Claims) Sweep(Theorem theorem, Experiment experiment, CancellationToken cancellation)
    {
        var grid = SweepGrid.Parse(experiment.Grid, experiment.Seeds);
        if (grid.Value is null)
        {
            throw new InvalidOperationException(grid.Error);
        }
        var manifest = SweepManifest.Create(grid.Value, ShardSpec.All, SweepArguments.Of(theorem, experiment.Setting, tolerance));
        var path = Path.Combine(directory, "sweeps", $"{theorem.Id}.{experiment.Name}");
        if (SweepStore.Read(path) is { Value: { } stored } && stored.Manifest.Differences(manifest) is { Count: > 0 } differences)
        {
            // A store written for other inputs is recomputed, never merged with this one.
            progress?.Report($"{experiment.Theorem} {experiment.Name}: the stored sweep was run for other inputs ({string.Join("; ", differences.Select(Short))}); running it again");
            SweepStore.Discard(path);
        }
        var opened = SweepStore.Open(path, manifest);
        using var store = opened.Value ?? throw new InvalidOperationException(opened.Error);
        var evaluator = new TheoremSweepEvaluator(theorem, experiment.Setting, () => new NetworkProbeFactory(tolerance));
        var points = grid.Value.Points();
        var sweepProgress = new Progress<SweepProgress>(p =>
            progress?.Report($"{experiment.Theorem} {experiment.Name}: point {p.Done}/{p.Total} ({p.LastKey})"));
        SweepRunner.Run(store, points, evaluator, new SweepOptions(1), sweepProgress, cancellation);
        var records = store.Records;
        return SweepReport.Section(theorem, grid.Value, records, grid.Value.Count - records.Count, []);
    }

    // "theorem-text: stored 'ab12...', now 'cd34...'" cut to a readable length.
    private static string Short(string difference) => difference.Length <= 120 ? difference : difference[..117] + "...";

    private Theorem Find(string id) =>
        theorems.FirstOrDefault(t => t.Id == id) ?? throw new InvalidOperationException($"the plan names theorem '{id}', which the library does not have");

    private static string Describe(Experiment e)
    {
        var bindings = string.Join(", ", e.Setting.Bindings.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key} = {b.Value:G6}"));
        var grid = e.IsSweep ? $"; grid {string.Join("; ", e.Grid)}, {e.Seeds} seeds" : "";
        grid += e.IsAnalysis ? $"; analysis {e.Analysis}{string.Concat((e.Arguments ?? new Dictionary<string, string>()).Select(a => $", {a.Key} = {a.Value}"))}; seeds {string.Join(", ", Analyses.Seeds([e]))}" : "";
        var setting = $"{e.Setting.Activation}; init {e.Setting.Init ?? "as the theorem"}; data {e.Setting.Data}; {e.Setting.Steps} GD steps{grid}";
        return bindings.Length == 0 ? setting : $"{bindings}; {setting}";
    }
}
