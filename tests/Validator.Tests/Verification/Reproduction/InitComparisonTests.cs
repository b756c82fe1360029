using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Verification.Scaling;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

/// <summary>
/// The fair initialisation comparison: the random initialisations are what they say, the step rule picks what it
/// says from the grid it was given, and the criterion's inputs are consistent with a direct computation.
/// </summary>
public sealed class InitComparisonTests
{
    private static readonly Dataset Data = DataSpec.Load("synthetic:n=4,d=8,inputs=gaussian", 1).Dataset!;

    [Test]
    public void LeCunInTheStandardParameterisationComputesWhatGaussianNtkDoesAtInit()
    {
        // W a / sqrt(fan_in) with W ~ N(0, 1) is W' a with W' = W / sqrt(fan_in) ~ N(0, 1/fan_in): the same function.
        var ntk = ComparisonArm.GaussianNtk();
        var lecun = ComparisonArm.LeCun;
        var (a, b) = (ntk.Network(Data, 2, 12, Activations.Tanh), lecun.Network(Data, 2, 12, Activations.Tanh));
        var (fa, fb) = (new double[Data.Count], new double[Data.Count]);
        new BatchEvaluator(a, Data).Predict(ntk.Theta(a, 3), fa);
        new BatchEvaluator(b, Data).Predict(lecun.Theta(b, 3), fb);
        Assert.That(fb, Is.EqualTo(fa).Within(Tolerances.ExactNetwork));
    }

    [Test]
    public void KaimingIsTheUnitGaussianDrawTimesSqrtTwoOverFanIn()
    {
        var network = ComparisonArm.Kaiming.Network(Data, 2, 12, Activations.Tanh);
        var kaiming = ComparisonArm.Kaiming.Theta(network, 5);
        var unit = Initialiser.Draw(network, new Initialisation.Gaussian(1.0, OutputInit.Gaussian), 5);
        var layout = network.Layout;
        foreach (var (block, fanIn) in new[] { (layout.Weight(1), 8), (layout.Weight(2), 12), (layout.Output, 12) })
        {
            var expected = block.Of(unit.AsSpan()).ToArray().Select(x => x * Math.Sqrt(2.0 / fanIn)).ToArray();
            Assert.That(block.Of(kaiming.AsSpan()).ToArray(), Is.EqualTo(expected).Within(Tolerances.ExactNetwork));
        }
    }

    [Test]
    public void TheChosenStepIsTheFewestMedianStepsThenTheLowestFinalLoss()
    {
        var arm = ComparisonArm.GaussianNtk();
        var network = arm.Network(Data, 1, 16, Activations.Tanh);
        double[] grid = [0.01, 0.1, 1, 4, 64];
        var choice = StepSelection.Choose(arm, network, Data, [1, 2, 3], grid, 300, CancellationToken.None);
        Assert.That(choice.Grid.Select(o => o.Eta), Is.EqualTo(grid));
        var best = choice.Grid.OrderBy(o => o.MedianSteps).ThenBy(o => o.MedianFinal).First();
        Assert.That(choice.Best.Eta, Is.EqualTo(best.Eta));
        Assert.That(choice.AtEdge, Is.EqualTo(best.Eta is 0.01 or 64));
        // The summary of one step against the trajectories recomputed directly.
        var evaluator = new BatchEvaluator(network, Data);
        foreach (var outcome in choice.Grid)
        {
            for (var s = 0; s < 3; s++)
            {
                var path = new Trajectory(evaluator, arm.Theta(network, s + 1), Data.Targets, outcome.Eta, 300, null, CancellationToken.None);
                var loss0 = path.Value("loss", 0)!.Value;
                var reached = Enumerable.Range(0, path.Steps + 1).Cast<int?>().FirstOrDefault(t => path.Value("loss", t!.Value) <= StepSelection.Target * loss0);
                Assert.That(outcome.Reached[s], Is.EqualTo(reached), $"eta = {outcome.Eta}, seed {s + 1}");
            }
        }
        Assert.That(choice.Grid.Single(o => o.Eta == 64).MedianFinal, Is.GreaterThan(1), "a step far above 2/beta does not descend");
    }

    [Test]
    public void TheCriterionsInputsAgreeWithADirectComputationAtTheStart()
    {
        var arm = ComparisonArm.Positive(16);
        var network = arm.Network(Data, 2, 8, Activations.Tanh);
        var criterion = PlCriterion.At(arm, network, Data, 2, 0.5, 50, 1e-8);
        var theta = arm.Theta(network, 2);
        var gradient = new double[theta.Length];
        var loss = new BatchEvaluator(network, Data).LossGradient(theta, Data.Targets, LossKind.SquareMean, gradient);
        var ratio = VectorOps.Dot(gradient, gradient) / loss;
        Assert.That(criterion.Loss0, Is.EqualTo(loss).Within(Tolerances.ExactNetwork * loss));
        Assert.That(criterion.Alpha, Is.LessThanOrEqualTo(ratio * (1 + Tolerances.ExactNetwork)), "the estimate is a minimum over points that include w0");
        Assert.That(criterion.FlowRadius, Is.EqualTo(2 * Math.Sqrt(loss / criterion.Alpha)).Within(Tolerances.ExactNetwork));
        Assert.That(criterion.Holds, Is.EqualTo(4 * loss < 0.25 * criterion.Alpha));
    }

    [Test]
    public void TheComparisonRunsInsideAReproductionWithItsTablesAndPlots()
    {
        var experiment = new Experiment("chatterjee2022.network", "compare", "a tiny comparison",
            new SettingSpec(new Dictionary<string, double> { ["L"] = 2, ["m"] = 8 }, "tanh", "synthetic:n=4,d=8,inputs=gaussian", 1, 200), [],
            Seeds: 5, Analysis: "init-comparison",
            Arguments: new Dictionary<string, string> { ["grid"] = "0.001,0.01,0.1,1", ["widths"] = "8", ["scales"] = "1,4", ["corollary-seeds"] = "3" });
        var directory = Path.Combine(Path.GetTempPath(), "boundcheck-compare-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new Reproducer(ShippedTheorems.All, directory, 1e-6, null).Run([experiment], 1, CancellationToken.None);
            Assert.That(result.Failures, Is.Empty);
            var section = result.Sections.Single();
            Assert.That(section.Tables.Select(t => t.Caption), Has.Some.StartsWith("Each initialisation at its own best constant step")
                .And.Some.StartsWith("Median steps to").And.Some.StartsWith("Local PL criterion").And.Some.StartsWith("Probabilistic corollary"));
            var choices = section.Tables.Single(t => t.Caption.StartsWith("Each initialisation", StringComparison.Ordinal));
            Assert.That(choices.Rows.Select(r => r[0]), Has.Some.StartsWith("positive").And.Some.StartsWith("Gaussian").And.Some.StartsWith("LeCun").And.Some.StartsWith("Kaiming"));
            var corollary = section.Tables.Single(t => t.Caption.StartsWith("Probabilistic corollary", StringComparison.Ordinal));
            Assert.That(corollary.Rows, Has.Count.EqualTo(6), "three initialisations x one width x two scales");
            Assert.That(section.Plots.Select(p => p.Id), Is.SupersetOf(new[] { "chatterjee2022.network.compare.loss", "chatterjee2022.network.compare.step-grid", "chatterjee2022.network.compare.corollary" }));
            Assert.That(section.Notes, Has.Some.Contains("How the step was chosen: every initialisation gets its own best constant step from one grid shared by all"));
            var band = section.Plots.Single(p => p.Id.EndsWith(".loss", StringComparison.Ordinal)).Series;
            Assert.That(band.Select(s => s.Style), Is.All.EqualTo(SeriesStyle.Band));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
