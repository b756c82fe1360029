using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Training;

namespace BoundCheck.Validator.Tests.Training;

public sealed class TrajectoryTests
{
    // Every recorded per-step quantity against a recomputation at the stored iterate by the plain gradient paths.
    [Test]
    public void RecordedQuantitiesMatchRecomputationAtEveryStep()
    {
        var c = TestNets.Make(new Architecture(3, [6, 6], Activations.Softplus, biases: true), 5, 31, 0.7);
        var evaluator = c.Evaluator();
        const double eta = 0.05;
        var path = new Trajectory(evaluator, c.Theta, c.Targets, eta, 6, null, CancellationToken.None);
        Assert.That(path.StoredSteps, Has.Count.EqualTo(7));
        var gradient = new double[c.P];
        var average = new double[c.P];
        for (var t = 0; t <= path.Steps; t++)
        {
            var theta = path.Parameters(t);
            var loss = evaluator.LossGradient(theta, c.Targets, LossKind.SquareMean, gradient);
            evaluator.AverageGradient(theta, average);
            var gradNorm = VectorOps.Norm(gradient);
            Assert.That(path.Value("loss", t), Is.EqualTo(loss).Within(Tolerances.ExactNetwork * loss), $"loss at {t}");
            Assert.That(path.Value("grad_norm_loss", t), Is.EqualTo(gradNorm).Within(Tolerances.ExactNetwork * gradNorm), $"grad norm at {t}");
            Assert.That(path.Value("distance_from_init", t), Is.EqualTo(VectorOps.Distance(theta, c.Theta)).Within(Tolerances.ExactNetwork), $"distance at {t}");
            var averageSq = VectorOps.Dot(average, average);
            Assert.That(path.Value("avg_grad_norm_sq", t), Is.EqualTo(averageSq).Within(Tolerances.ExactNetwork * averageSq), $"gbar at {t}");
            var cosine = Math.Abs(VectorOps.Dot(gradient, average)) / (gradNorm * Math.Sqrt(averageSq));
            Assert.That(path.Value("step_cosine", t), Is.EqualTo(cosine).Within(Tolerances.ExactNetwork), $"cosine at {t}");
            if (t < path.Steps)
            {
                var next = evaluator.Loss(path.Parameters(t + 1), c.Targets, LossKind.SquareMean);
                Assert.That(path.Value("contraction_ratio", t), Is.EqualTo(next / loss).Within(Tolerances.ExactNetwork), $"ratio at {t}");
                var rsc = 2 * (next - loss + eta * gradNorm * gradNorm) / (eta * eta * gradNorm * gradNorm);
                Assert.That(path.Value("rsc_modulus", t), Is.EqualTo(rsc).Within(Tolerances.RscModulus * Math.Abs(rsc)), $"rsc at {t}");
            }
        }
    }

    [TestCaseSource(typeof(TestNets), nameof(TestNets.Catalogue))]
    public void OnePassGradientAndGramEqualTheSeparatePasses(TestNets.Case c)
    {
        var evaluator = c.Evaluator();
        var gradient = new double[c.P];
        var gram = new double[c.Count * c.Count];
        var weights = new double[c.Count];
        var loss = evaluator.LossGradientAndGram(c.Theta, c.Targets, LossKind.SquareMean, gradient, gram, weights);
        var expected = new double[c.P];
        var expectedLoss = evaluator.LossGradient(c.Theta, c.Targets, LossKind.SquareMean, expected);
        Assert.That(loss, Is.EqualTo(expectedLoss).Within(Tolerances.ExactNetwork * expectedLoss));
        Assert.That(TestNets.RelativeError(gradient, expected), Is.LessThan(Tolerances.ExactNetwork));
        Assert.That(TestNets.RelativeError(gram, Tangents.NtkGram(evaluator, c.Theta)), Is.LessThan(Tolerances.ExactNetwork));
    }
}
