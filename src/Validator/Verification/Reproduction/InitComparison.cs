using System.Globalization;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Derivatives;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Chatterjee's positive initialisation against a standard random one at the same width, depth, step and budget, over
/// seeds (PAPERS.md 2.5): loss curves with their spread, fitted linear rates, and how many runs reach zero loss.
/// </summary>
internal sealed class InitComparison : IAnalysis
{
    public string Name => "init-comparison";

    public IReadOnlyList<string> Parameters => [];

    public IReadOnlyList<int> Seeds(Experiment experiment) => [.. Enumerable.Range(1, experiment.Seeds)];

    public Analysis Run(AnalysisRequest request) =>
        Run(request.Experiment.Setting, request.Experiment.Seeds, request.Progress, request.Cancellation);

    private static Analysis Run(SettingSpec setting, int seeds, IProgress<string>? progress, CancellationToken cancellation)
    {
        var data = DataSpec.Load(setting.Data, 1).Dataset ?? throw new ProbeInputException($"data spec '{setting.Data}' did not load");
        var activation = Activations.TryParse(setting.Activation) ?? throw new ProbeInputException($"unknown activation '{setting.Activation}'");
        var depth = (int)setting.Bindings.GetValueOrDefault("L", 2);
        var width = (int)setting.Bindings.GetValueOrDefault("m", 16);
        var lambda = setting.Bindings.GetValueOrDefault("lambda", 16);
        var arms = new (string Name, Network Net, Initialisation Init)[]
        {
            ($"positive (lambda = {lambda:G4}, standard parameterisation)", new Network(Architecture.Uniform(data.Dimension, depth, width, activation, Networks.Scaling.Standard)), new Initialisation.Positive(lambda)),
            ("Gaussian N(0, 1), NTK parameterisation", new Network(Architecture.Uniform(data.Dimension, depth, width, activation)), new Initialisation.Gaussian(1.0, OutputInit.Gaussian)),
        };
        var starts = arms.Select(a => Enumerable.Range(1, seeds).Select(s => Initialiser.Draw(a.Net, a.Init, (ulong)s)).ToList()).ToList();
        // One step for every run: the largest curvature at any start decides it, so no run is given a step it cannot take.
        var beta = arms.SelectMany((a, k) => starts[k].Select(theta =>
            Lanczos.Run(new BatchEvaluator(a.Net, data).LossHessian(theta, data.Targets, LossKind.SquareMean)).Norm.Value)).Max();
        var eta = 1 / beta;
        progress?.Report($"init comparison: {arms.Length} initialisations x {seeds} seeds, eta = {eta:G4}, {setting.Steps} steps");
        var rows = new List<IReadOnlyList<string>>();
        var series = new List<Series>();
        for (var k = 0; k < arms.Length; k++)
        {
            var curves = starts[k].Select(theta =>
            {
                cancellation.ThrowIfCancellationRequested();
                var path = new Trajectory(new BatchEvaluator(arms[k].Net, data), theta, data.Targets, eta, setting.Steps, null, cancellation);
                return Enumerable.Range(0, path.Steps + 1).Select(t => path.Value("loss", t)!.Value).ToArray();
            }).ToList();
            series.AddRange(Curves(arms[k].Name, curves, setting.Steps));
            rows.Add(Row(arms[k].Name, curves));
        }
        var table = new Table($"Positive vs random initialisation: same data, width {width}, depth {depth}, eta = {eta:G4}, {setting.Steps} steps, {seeds} seeds",
            ["initialisation", "median Lhat(0)", "median final Lhat", "median per-step factor (fit, 2nd half)", "runs below 1e-10 Lhat(0)"], rows);
        var plot = new Plot("chatterjee2022.init-comparison", "Training loss: positive vs random initialisation (median, min-max band)",
            "GD step", "Lhat", LogX: false, LogY: true, series);
        return new Analysis(
            [$"Initialisation comparison (PAPERS.md 2.5, BoundCheck's design): both initialisations train the same data with the same step eta = 1/max beta-hat = {eta:G4} for {setting.Steps} steps; the per-step factor is exp(slope) of a least-squares fit of log Lhat on t over the second half of each run."],
            [table], [plot]);
    }

    private static IEnumerable<Series> Curves(string name, List<double[]> curves, int steps)
    {
        var x = Enumerable.Range(0, steps + 1).Select(t => (double)t).ToArray();
        // A run that reached zero loss stops early; its later steps have no value (NaN, left out of the band).
        double At(double[] c, int t) => t < c.Length ? c[t] : double.NaN;
        var median = x.Select((_, t) => Median(curves.Select(c => At(c, t)).Where(double.IsFinite))).ToArray();
        var low = x.Select((_, t) => curves.Select(c => At(c, t)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min()).ToArray();
        var high = x.Select((_, t) => curves.Select(c => At(c, t)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max()).ToArray();
        yield return new Series(name, x, median, low, high, SeriesStyle.Band);
    }

    private static IReadOnlyList<string> Row(string name, List<double[]> curves)
    {
        var factors = curves.Select(c =>
        {
            var half = c.Length / 2;
            var tail = Enumerable.Range(half, c.Length - half).Where(t => c[t] > 0).ToList();
            return tail.Count < 3 ? double.NaN : Math.Exp(Ols.Fit([.. tail.Select(t => (double)t)], [.. tail.Select(t => Math.Log(c[t]))]).Slope);
        }).ToList();
        var reached = curves.Count(c => c[^1] <= 1e-10 * c[0]);
        return [name, Num(Median(curves.Select(c => c[0]))), Num(Median(curves.Select(c => c[^1]))), Num(Median(factors.Where(double.IsFinite))), $"{reached} of {curves.Count}"];
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static string Num(double x) => double.IsNaN(x) ? "—" : x.ToString("G4", CultureInfo.InvariantCulture);
}
