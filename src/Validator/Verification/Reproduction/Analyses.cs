using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// What an analysis adds to a reproduction beyond the plain checks: notes, tables and plots for the section of its
/// experiment's theorem, and checks it judged itself (of that theorem or of others, e.g. at a width it found).
/// </summary>
public sealed record Analysis(IReadOnlyList<string> Notes, IReadOnlyList<Table> Tables, IReadOnlyList<Plot> Plots, IReadOnlyList<TheoremCheck>? Checks = null)
{
    public static Analysis None { get; } = new([], [], []);

    /// <summary>The checks the analysis judged (none for a purely descriptive one).</summary>
    public IReadOnlyList<TheoremCheck> Judged => Checks ?? [];
}

/// <summary>Everything an analysis may use: its experiment, the theorem library, where to keep results, the tolerance.</summary>
/// <param name="Directory">A directory of its own for resumable intermediate results.</param>
internal sealed record AnalysisRequest(
    Experiment Experiment,
    IReadOnlyList<Theorem> Theorems,
    string Directory,
    double Tolerance,
    IProgress<string>? Progress,
    CancellationToken Cancellation)
{
    public AnalysisArguments Arguments => new(Experiment);

    public Theorem Theorem(string id) =>
        Theorems.FirstOrDefault(t => t.Id == id) ?? throw new InvalidOperationException($"analysis {Experiment.Analysis} names theorem '{id}', which the library does not have");
}

/// <summary>A named, parameterised measurement routine an experiment can ask for (the catalogue is <see cref="Analyses.All"/>).</summary>
internal interface IAnalysis
{
    /// <summary>The name an experiment uses (kebab case).</summary>
    string Name { get; }

    /// <summary>The argument names the analysis reads (others are an error).</summary>
    IReadOnlyList<string> Parameters { get; }

    /// <summary>Every seed the analysis draws a network or data with, for the provenance block.</summary>
    IReadOnlyList<int> Seeds(Experiment experiment);

    Analysis Run(AnalysisRequest request);
}

/// <summary>The catalogue of analyses (one class each), and the seeds a plan draws.</summary>
public static class Analyses
{
    internal static IReadOnlyList<IAnalysis> All { get; } = [new InitComparison(), new FeatureRankAlongTraining(), new RscRegime()];

    /// <summary>The names an experiment may give as its analysis.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(a => a.Name)];

    internal static IAnalysis Find(string name) =>
        All.FirstOrDefault(a => a.Name == name)
        ?? throw new InvalidOperationException($"unknown analysis '{name}' (known: {string.Join(", ", Names)})");

    /// <summary>
    /// Every seed a plan draws a network or data with: each check's seed, 1..S of each sweep, the seeds each analysis
    /// names, and 1..EventSeeds of a rate over seeds (init_event_rate) when a theorem of the plan measures one
    /// (<paramref name="theorems"/>: the library the plan names).
    /// </summary>
    public static IReadOnlyList<int> Seeds(IReadOnlyList<Experiment> plan, IReadOnlyList<Theorem>? theorems = null) =>
        [.. plan.SelectMany(e => e.IsAnalysis ? Find(e.Analysis!).Seeds(e) : e.IsSweep ? Enumerable.Range(1, e.Seeds) : [e.Setting.Seed])
            .Concat((theorems ?? []).Any(t => plan.Any(e => e.Theorem == t.Id) && t.Measures.Contains("init_event_rate"))
                ? Enumerable.Range(1, Quantities.InitEventRate.EventSeeds) : [])
            .Distinct().Order()];

    internal static Analysis Run(AnalysisRequest request)
    {
        var analysis = Find(request.Experiment.Analysis!);
        request.Arguments.CheckKnown(analysis.Parameters);
        return analysis.Run(request);
    }
}
