using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Kawaguchi-Sun's expressivity condition during and after training: rank and smallest singular value of the wide
/// layer's feature matrix along GD. Algorithm 1's phase 2 is not encoded (it could not be read from arXiv:2104.05785v2), so this is
/// plain GD: it shows whether the condition the guarantee needs survives training, not the guarantee itself.
/// </summary>
internal sealed class FeatureRankAlongTraining : IAnalysis
{
    private const int Samples = 6;

    public string Name => "feature-rank-along-gd";

    public IReadOnlyList<string> Parameters => [];

    public IReadOnlyList<int> Seeds(Experiment experiment) => [experiment.Setting.Seed];

    public Analysis Run(AnalysisRequest request) =>
        Run(request.Experiment.Setting, request.Tolerance, request.Progress, request.Cancellation);

    private static Analysis Run(SettingSpec setting, double tolerance, IProgress<string>? progress, CancellationToken cancellation)
    {
        var factory = new NetworkProbeFactory(tolerance);
        var probe = factory.Create(new ProbeRequest("fc-wide-layer", setting.Init ?? "gaussian", setting, setting.Bindings, null));
        var steps = setting.Steps * 4;
        progress?.Report($"feature rank along {steps} GD steps");
        var points = probe.Points(new ProbeScope(ScopeKind.AlongGd, [], steps, null), progress, cancellation);
        var picks = Enumerable.Range(0, Samples).Select(k => points[Math.Min(points.Count - 1, k * (points.Count - 1) / (Samples - 1))]).Distinct().ToList();
        var rows = new List<IReadOnlyList<string>>();
        var x = new List<double>();
        var sigma = new List<double>();
        foreach (var point in picks)
        {
            var rank = probe.Measure(point, "feature_rank").Value;
            var smallest = probe.Measure(point, "feature_sigma_min").Value;
            var loss = probe.Measure(point, "loss").Value;
            rows.Add([point.Step!.Value.ToString(CultureInfo.InvariantCulture), rank.ToString("G4", CultureInfo.InvariantCulture),
                smallest.ToString("G4", CultureInfo.InvariantCulture), loss.ToString("G4", CultureInfo.InvariantCulture)]);
            x.Add(point.Step!.Value);
            sigma.Add(smallest);
        }
        var n = probe.Declared["data.n"];
        return new Analysis(
            [$"Expressivity along training ({setting.Activation}): the wide layer's n x m_wide feature matrix (n = {n:G4}) at {picks.Count} points of {steps} GD steps; full rank means rank = n. Plain GD, not the paper's Algorithm 1 (not encoded: its phase-2 update could not be established from the available text)."],
            [new Table($"Wide-layer features along GD ({setting.Activation}, {probe.Description})", ["GD step", "rank", "sigma_min", "Lhat"], rows)],
            [new Plot($"kawaguchi2021.sigma-min-{setting.Activation}", $"Smallest singular value of the wide layer's features along GD ({setting.Activation})",
                "GD step", "sigma_min", LogX: false, LogY: sigma.All(s => s > 0), [new Series("sigma_min", [.. x], [.. sigma], null, null, SeriesStyle.Line)])]);
    }
}
