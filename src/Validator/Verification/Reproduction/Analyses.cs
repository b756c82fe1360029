using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>Measurements a reproduction adds to a theorem's section beyond its claims (tables, plots, notes).</summary>
public sealed record Analysis(IReadOnlyList<string> Notes, IReadOnlyList<Table> Tables, IReadOnlyList<Plot> Plots)
{
    public static Analysis None { get; } = new([], [], []);
}

/// <summary>Which extra analysis belongs to which theorem (PAPERS.md 2.5 and 3.4).</summary>
internal static class Analyses
{
    public static Analysis For(Theorem theorem, IReadOnlyList<Experiment> experiments, double tolerance, IProgress<string>? progress, CancellationToken cancellation)
    {
        var first = experiments.FirstOrDefault(e => !e.IsSweep);
        return (theorem.Id, first) switch
        {
            ("chatterjee2022.network", { } e) => InitComparison.Run(e.Setting, seeds: 5, progress, cancellation),
            ("kawaguchi2021.expressivity", { } e) => FeatureRankAlongTraining.Run(e.Setting, tolerance, progress, cancellation),
            _ => Analysis.None,
        };
    }
}
