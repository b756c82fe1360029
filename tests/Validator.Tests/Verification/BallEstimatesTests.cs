using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Derivatives;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>pl_alpha_estimate and smoothness_estimate search the ball and never read the GD trajectory.</summary>
public sealed class BallEstimatesTests
{
    private static NetworkProbe Probe(int steps, double? eta = null)
    {
        var c = TestNets.Make(new Architecture(4, [6, 5], Activations.Tanh), 4, 43, 0.7);
        var bindings = new Dictionary<string, double> { ["r"] = 0.5 };
        if (eta is { } e)
        {
            bindings["eta"] = e;
        }
        return new NetworkProbe(c.Network, c.Theta, new Dataset("test", c.Count, 4, c.Inputs, c.Targets), bindings,
            new Initialisation.Gaussian(1), 1, "test", 1e-8, steps);
    }

    [TestCase("pl_alpha_estimate", "pl_ratio", true)]
    [TestCase("smoothness_estimate", "hessian_norm_loss", false)]
    public void The_estimate_is_at_least_as_extreme_as_theta_0_and_names_its_error_direction(string estimate, string quantity, bool infimum)
    {
        var probe = Probe(50);
        var init = new ProbePoint(0, "init", 0);
        var value = probe.Measure(init, estimate);
        var atInit = probe.Measure(init, quantity).Value;
        Assert.That(infimum ? value.Value <= atInit : value.Value >= atInit, Is.True, $"{value.Value} against {atInit} at theta_0");
        Assert.That(value.Method, Does.Contain(infimum ? "upper estimate of the infimum" : "lower estimate of the supremum"));
        Assert.That(value.Method, Does.Contain("none of them a GD iterate"));
    }

    [TestCase("pl_alpha_estimate")]
    [TestCase("smoothness_estimate")]
    public void The_estimate_does_not_depend_on_the_trajectory(string estimate)
    {
        var init = new ProbePoint(0, "init", 0);
        var a = Probe(10, 0.1).Measure(init, estimate).Value;
        var b = Probe(200, 0.5).Measure(init, estimate).Value;
        Assert.That(b, Is.EqualTo(a).Within(Tolerances.RoundTrip));
    }

    [Test]
    public void The_descent_finds_a_lower_pl_ratio_than_the_samples()
    {
        var value = Probe(50).Measure(new ProbePoint(0, "init", 0), "pl_alpha_estimate");
        // "sampled X, searched Y" in the method text: the search end is at least as low as the best sample.
        var sampled = double.Parse(Between(value.Method, "sampled ", ","), System.Globalization.CultureInfo.InvariantCulture);
        var searched = double.Parse(Between(value.Method, "searched ", ")"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(searched, Is.LessThanOrEqualTo(sampled));
        Assert.That(value.Value, Is.EqualTo(Math.Min(sampled, searched)).Within(Tolerances.PrintedSixDigits * sampled));
    }

    [Test]
    public void Gd_probes_stay_in_the_ball_and_lower_the_loss()
    {
        var c = TestNets.Make(new Architecture(4, [6, 5], Activations.Tanh), 4, 43, 0.7);
        var evaluator = c.Evaluator();
        var ball = new EuclideanBallProjection(c.Theta, 0.5);
        var starts = BallPoints.Euclidean(c.Theta, 0.5, 3, 5).Select(p => p.Theta).ToList();
        var lowest = LossDescentProbes.Lowest(evaluator, c.Targets, ball, starts, (loss, _) => loss).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var startLoss = evaluator.Loss(starts[i], c.Targets, LossKind.SquareMean);
            Assert.That(lowest[i].Score, Is.LessThan(startLoss), $"run {i} lowers the loss");
            Assert.That(evaluator.Loss(lowest[i].Theta, c.Targets, LossKind.SquareMean), Is.EqualTo(lowest[i].Score).Within(Tolerances.ExactNetwork));
            Assert.That(VectorOps.Distance(lowest[i].Theta, c.Theta), Is.LessThanOrEqualTo(0.5 * (1 + Tolerances.Projection)));
        }
        Assert.That(Probe(50).Measure(new ProbePoint(0, "init", 0), "pl_alpha_estimate").Method, Does.Contain("GD (Armijo, projected) from each random point"));
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[i..text.IndexOf(end, i, StringComparison.Ordinal)];
    }
}
