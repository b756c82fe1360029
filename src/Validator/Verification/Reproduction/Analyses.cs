using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>Measurements a reproduction adds to a theorem's section beyond its claims (tables, plots, notes).</summary>
public sealed record Analysis(IReadOnlyList<string> Notes, IReadOnlyList<Table> Tables, IReadOnlyList<Plot> Plots)
{
    public static Analysis None { get; } = new([], [], []);
}

/// <summary>Which extra analysis belongs to which theorem (BoundCheck's own experiment designs; see docs/derivations.md).</summary>
public static class Analyses
{
    /// <summary>Seeds of each arm of the positive-vs-random initialisation comparison.</summary>
    public const int ComparisonSeeds = 5;

    /// <summary>
    /// Every seed a plan draws a network or data with: each check's seed, 1..S of each sweep, 1..ComparisonSeeds when
    /// the initialisation comparison runs, and 1..EventSeeds of a rate over seeds (init_event_rate) when a theorem of
    /// the plan measures one (<paramref name="theorems"/>: the library the plan names).
    /// </summary>
    public static IReadOnlyList<int> Seeds(IReadOnlyList<Experiment> plan, IReadOnlyList<Theorem>? theorems = null) =>
        [.. plan.SelectMany(e => e.IsSweep ? Enumerable.Range(1, e.Seeds) : [e.Setting.Seed])
            .Concat(plan.Any(e => e.Theorem == "chatterjee2022.network" && !e.IsSweep) ? Enumerable.Range(1, ComparisonSeeds) : [])
            .Concat((theorems ?? []).Any(t => plan.Any(e => e.Theorem == t.Id) && t.Measures.Contains("init_event_rate"))
                ? Enumerable.Range(1, Quantities.InitEventRate.EventSeeds) : [])
            .Distinct().Order()];

    internal static Analysis For(Theorem theorem, IReadOnlyList<Experiment> experiments, double tolerance, IProgress<string>? progress, CancellationToken cancellation)
    {
        var first = experiments.FirstOrDefault(e => !e.IsSweep);
        return (theorem.Id, first) switch
        {
            ("chatterjee2022.network", { } e) => InitComparison.Run(e.Setting, ComparisonSeeds, progress, cancellation),
            ("kawaguchi2021.expressivity", { } e) => FeatureRankAlongTraining.Run(e.Setting, tolerance, progress, cancellation),
            _ => Analysis.None,
        };
    }
}
