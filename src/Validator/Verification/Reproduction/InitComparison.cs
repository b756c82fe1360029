using BoundCheck.Validator.Data;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Chatterjee's positive initialisation against the standard random ones at the same width and depth
/// (arXiv:2203.16462v5: its experiments report that the positive initialisation speeds up optimisation), made fair:
/// every initialisation trains with its own best constant step from one shared grid, chosen by one rule
/// (<see cref="StepSelection"/>); then the local PL criterion's inputs at each start, and the probabilistic corollary
/// for random initialisation: on how many seeds the criterion holds, against width and output scale.
/// </summary>
/// <remarks>
/// Arguments: <c>grid</c> (the constant steps tried, default 2^-14 .. 2^10), <c>lambda</c> (the positive
/// initialisation's output scale, default 16), <c>r</c> (the criterion's radius, default 1), <c>widths</c> and
/// <c>scales</c> (the corollary's widths and output scales, default m, 4m, 16m and 1, 4, 16), <c>corollary-seeds</c>
/// (seeds per cell of the corollary, default 20). The setting gives the data, L, m, the activation and the step budget.
/// </remarks>
internal sealed class InitComparison : IAnalysis
{
    /// <summary>The default grid of constant steps: 2^k for k = -14 .. 10.</summary>
    public static IReadOnlyList<double> DefaultGrid { get; } = [.. Enumerable.Range(-14, 25).Select(k => Math.Pow(2, k))];

    /// <summary>The default number of seeds per cell of the random-initialisation corollary.</summary>
    public const int CorollarySeeds = 20;

    public string Name => "init-comparison";

    public IReadOnlyList<string> Parameters => ["grid", "lambda", "r", "widths", "scales", "corollary-seeds"];

    public IReadOnlyList<int> Seeds(Experiment experiment)
    {
        var corollary = (int)new AnalysisArguments(experiment).Number("corollary-seeds", CorollarySeeds);
        return [.. Enumerable.Range(1, Math.Max(experiment.Seeds, corollary))];
    }

    public Analysis Run(AnalysisRequest request)
    {
        var experiment = request.Experiment;
        var setting = experiment.Setting;
        var arguments = request.Arguments;
        var data = DataSpec.Load(setting.Data, setting.Seed).Dataset ?? throw new InputException($"data spec '{setting.Data}' did not load");
        var activation = Activations.TryParse(setting.Activation) ?? throw new InputException($"unknown activation '{setting.Activation}'");
        var depth = (int)setting.Bindings.GetValueOrDefault("L", 2);
        var width = (int)setting.Bindings.GetValueOrDefault("m", 16);
        var lambda = arguments.Number("lambda", setting.Bindings.GetValueOrDefault("lambda", 16));
        var radius = arguments.Number("r", setting.Bindings.GetValueOrDefault("r", 1));
        var grid = arguments.Numbers("grid", DefaultGrid);
        var seeds = Enumerable.Range(1, experiment.Seeds).ToList();
        ComparisonArm[] arms = [ComparisonArm.Positive(lambda), ComparisonArm.GaussianNtk(), ComparisonArm.LeCun, ComparisonArm.Kaiming];
        var choices = new List<StepChoice>();
        var criteria = new List<IReadOnlyList<PlInputs>>();
        foreach (var arm in arms)
        {
            request.Progress?.Report($"{experiment.Name}: {arm.Name}: {grid.Count} steps x {seeds.Count} seeds x {setting.Steps} GD steps");
            var network = arm.Network(data, depth, width, activation);
            var choice = StepSelection.Choose(arm, network, data, seeds, grid, setting.Steps, request.Cancellation);
            choices.Add(choice);
            criteria.Add([.. seeds.Select(s => PlCriterion.At(arm, network, data, s, radius, setting.Steps, request.Tolerance))]);
        }
        var widths = arguments.Integers("widths", [width, 4 * width, 16 * width]);
        var scales = arguments.Numbers("scales", [1, 4, 16]);
        var corollarySeeds = (int)arguments.Number("corollary-seeds", CorollarySeeds);
        request.Progress?.Report($"{experiment.Name}: corollary over {widths.Count} widths x {scales.Count} output scales x {corollarySeeds} seeds");
        var corollary = Corollary(data, depth, activation, widths, scales, corollarySeeds, radius, setting.Steps, request);
        return InitComparisonReport.Build(new InitComparisonRun(experiment, data, depth, width, radius, grid, choices, criteria, corollary));
    }

    // For each width and output scale c: the Gaussian NTK and LeCun starts with v times c, and the positive start with lambda = c.
    private static IReadOnlyList<CorollaryCell> Corollary(Dataset data, int depth, Activation activation, IReadOnlyList<int> widths,
        IReadOnlyList<double> scales, int seeds, double radius, int steps, AnalysisRequest request)
    {
        var cells = new List<CorollaryCell>();
        foreach (var (arm, scale) in scales.SelectMany(c => new[] { (ComparisonArm.GaussianNtk(c), c), (ComparisonArm.LeCun with { OutputScale = c }, c), (ComparisonArm.Positive(c), c) }))
        {
            foreach (var m in widths)
            {
                request.Cancellation.ThrowIfCancellationRequested();
                var network = arm.Network(data, depth, m, activation);
                var holds = Enumerable.Range(1, seeds).Count(s => PlCriterion.At(arm, network, data, s, radius, steps, request.Tolerance).Holds);
                cells.Add(new CorollaryCell(arm.Key, m, scale, Proportion.ClopperPearson(holds, seeds)));
            }
        }
        return cells;
    }
}

/// <summary>On how many seeds the criterion held for one initialisation, width and output scale.</summary>
public sealed record CorollaryCell(string Arm, int Width, double Scale, ProportionInterval Rate);

/// <summary>Everything the report of one initialisation comparison says.</summary>
/// <param name="Criteria">Per initialisation (in the order of <paramref name="Choices"/>), the criterion at every seed.</param>
internal sealed record InitComparisonRun(
    Experiment Experiment,
    Dataset Data,
    int Depth,
    int Width,
    double Radius,
    IReadOnlyList<double> Grid,
    IReadOnlyList<StepChoice> Choices,
    IReadOnlyList<IReadOnlyList<PlInputs>> Criteria,
    IReadOnlyList<CorollaryCell> Corollary);
