using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Derivatives;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>Each search objective's value against dense ground truth, and its gradient against central differences of that truth.</summary>
public sealed class SearchObjectiveTests
{
    private static TestNets.Case Net() => TestNets.Make(new Architecture(3, [5, 4], Activations.Softplus), 3, 37);

    private static IEnumerable<TestCaseData> Objectives()
    {
        yield return new TestCaseData("hessian_norm_predictor").SetName("hessian_norm_predictor (max over inputs of the dense norm)");
        yield return new TestCaseData("hessian_norm_loss").SetName("hessian_norm_loss (dense norm)");
        yield return new TestCaseData("grad_norm_predictor").SetName("grad_norm_predictor (max over inputs)");
        yield return new TestCaseData("pl_ratio").SetName("pl_ratio");
        yield return new TestCaseData("ntk_lambda_min").SetName("ntk_lambda_min (dense Gram)");
    }

    [TestCaseSource(nameof(Objectives))]
    public void The_gradient_matches_central_differences_of_the_dense_value(string quantity)
    {
        var c = Net();
        var evaluator = c.Evaluator();
        // Tight Lanczos: the formula is tested here; the search's own loose setting is tested below.
        var objective = SearchObjectives.For(quantity, evaluator, c.Targets, new LanczosOptions(1e-12, 300, 1, SpectrumEnd.Magnitude, ComputeVectors: true))!;
        var point = objective.Evaluate(c.Theta);
        Assert.That(point.Value, Is.EqualTo(Truth(quantity, c, c.Theta)).Within(Tolerances.LanczosDefault * (1 + point.Value)), "value");
        var direction = RandomVectors.UnitGaussian(c.P, 3);
        const double h = 1e-4;
        var difference = (Truth(quantity, c, EigenvalueGradientTests.Shift(c.Theta, direction, h))
            - Truth(quantity, c, EigenvalueGradientTests.Shift(c.Theta, direction, -h))) / (2 * h);
        Assert.That(VectorOps.Dot(point.Gradient, direction), Is.EqualTo(difference).Within(Tolerances.EigenvalueGradient * (1 + Math.Abs(point.Value))));
        Assert.That(Math.Abs(difference), Is.GreaterThan(100 * Tolerances.EigenvalueGradient * (1 + Math.Abs(point.Value))), "the test can tell a wrong gradient");
    }

    [TestCase("hessian_norm_predictor")]
    [TestCase("hessian_norm_loss")]
    public void With_the_search_settings_the_gradient_is_a_good_ascent_direction(string quantity)
    {
        var c = Net();
        var evaluator = c.Evaluator();
        var loose = SearchObjectives.For(quantity, evaluator, c.Targets)!.Evaluate(c.Theta);
        var tight = SearchObjectives.For(quantity, evaluator, c.Targets, new LanczosOptions(1e-12, 300, 1, SpectrumEnd.Magnitude, ComputeVectors: true))!.Evaluate(c.Theta);
        var cosine = VectorOps.Dot(loose.Gradient, tight.Gradient) / (VectorOps.Norm(loose.Gradient) * VectorOps.Norm(tight.Gradient));
        Assert.That(cosine, Is.GreaterThan(1 - Tolerances.SearchDirection));
        Assert.That(loose.Value, Is.EqualTo(tight.Value).Within(SearchObjectives.Options.Tolerance * tight.Value));
    }

    [Test]
    public void Every_objective_has_a_name_and_every_name_an_objective()
    {
        var c = Net();
        foreach (var name in SearchObjectives.Names)
        {
            Assert.That(SearchObjectives.For(name, c.Evaluator(), c.Targets), Is.Not.Null, name);
        }
        Assert.That(SearchObjectives.For("loss", c.Evaluator(), c.Targets), Is.Null);
    }

    // Ground truth from dense matrices and exact passes, not from the objective.
    private static double Truth(string quantity, TestNets.Case c, double[] theta)
    {
        var evaluator = c.Evaluator();
        switch (quantity)
        {
            case "hessian_norm_predictor":
                return Enumerable.Range(0, c.Count).Max(i => TestNets.SymmetricNorm(TestNets.Dense(evaluator.PredictorHessianAt(theta, i)), c.P));
            case "hessian_norm_loss":
                return TestNets.SymmetricNorm(TestNets.Dense(evaluator.LossHessian(theta, c.Targets, LossKind.SquareMean)), c.P);
            case "grad_norm_predictor":
                return Enumerable.Range(0, c.Count).Max(i =>
                {
                    var weights = new double[c.Count];
                    weights[i] = 1;
                    var g = new double[c.P];
                    evaluator.WeightedGradient(theta, weights, g);
                    return VectorOps.Norm(g);
                });
            case "pl_ratio":
                var gradient = new double[c.P];
                var loss = evaluator.LossGradient(theta, c.Targets, LossKind.SquareMean, gradient);
                return VectorOps.Dot(gradient, gradient) / loss;
            default:
                return NetworkMeasures.NtkLambdaMin(evaluator, theta);
        }
    }
}
