using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models.Mlp;

public sealed class GradientTests
{
    private static IEnumerable<TestNets.Case> Cases() => TestNets.Catalogue();

    [TestCaseSource(nameof(Cases))]
    public void PredictionsMatchTheNaiveReferenceForward(TestNets.Case c)
    {
        var f = new double[c.Count];
        c.Evaluator().Predict(c.Theta, f);
        var d = c.Network.Architecture.InputDimension;
        for (var i = 0; i < c.Count; i++)
        {
            var expected = ReferenceNetwork.Predict(c.Network.Architecture, c.Theta, c.Inputs.AsSpan(i * d, d));
            Assert.That(f[i], Is.EqualTo(expected).Within(Tolerances.ExactNetwork * Math.Max(1, Math.Abs(expected))));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void SquareLossGradientMatchesCentralDifferencesOfTheReference(TestNets.Case c)
    {
        var gradient = new double[c.P];
        var loss = c.Evaluator().LossGradient(c.Theta, c.Targets, LossKind.SquareMean, gradient);
        var a = c.Network.Architecture;
        Assert.That(loss, Is.EqualTo(ReferenceNetwork.SquareMeanLoss(a, c.Theta, c.Inputs, c.Targets)).Within(Tolerances.ExactNetwork * Math.Max(1, loss)));
        var fd = CentralDifference(c.Theta, t => ReferenceNetwork.SquareMeanLoss(a, t, c.Inputs, c.Targets), 1e-5);
        Assert.That(TestNets.RelativeError(gradient, fd), Is.LessThan(Tolerances.FiniteDifference));
    }

    [TestCase(LossKind.SquareMean)]
    [TestCase(LossKind.SquareHalfSum)]
    [TestCase(LossKind.LogisticMean)]
    public void EveryLossGradientMatchesCentralDifferencesOfItsValue(LossKind kind)
    {
        var c = TestNets.Make(new Architecture(3, [5, 4], Activations.Tanh, biases: true), 5, 11);
        var targets = kind == LossKind.LogisticMean ? c.Targets.Select(y => y >= 0 ? 1.0 : -1.0).ToArray() : c.Targets;
        var evaluator = c.Evaluator();
        var gradient = new double[c.P];
        var loss = evaluator.LossGradient(c.Theta, targets, kind, gradient);
        Assert.That(evaluator.Loss(c.Theta, targets, kind), Is.EqualTo(loss).Within(Tolerances.ExactNetwork * loss));
        var fd = CentralDifference(c.Theta, t => new BatchEvaluator(c.Network, c.Inputs, c.Count).Loss(t, targets, kind), 1e-5);
        Assert.That(TestNets.RelativeError(gradient, fd), Is.LessThan(Tolerances.FiniteDifference));
    }

    [Test]
    public void LossNormalisationsDifferByTheStatedFactors()
    {
        var c = TestNets.Make(new Architecture(3, [4], Activations.Tanh), 6, 12);
        var e = c.Evaluator();
        var mean = e.Loss(c.Theta, c.Targets, LossKind.SquareMean);
        var halfSum = e.Loss(c.Theta, c.Targets, LossKind.SquareHalfSum);
        // (1/2) sum r^2 = (n/2) (1/n) sum r^2
        Assert.That(halfSum, Is.EqualTo(mean * c.Count / 2).Within(Tolerances.ExactNetwork * halfSum));
    }

    [Test]
    public void LinearNetworkMatchesItsClosedForm()
    {
        // f = v^T W2 W1 x / sqrt(m2 m1 d) for identity activation and NTK scaling.
        var c = TestNets.Make(new Architecture(3, [4, 2], Activations.Identity), 3, 13);
        var layout = c.Network.Layout;
        var w1 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(4, 3, layout.Weight(1).Of(c.Theta.AsSpan()).ToArray());
        var w2 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 4, layout.Weight(2).Of(c.Theta.AsSpan()).ToArray());
        var v = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(layout.Output.Of(c.Theta.AsSpan()).ToArray());
        var f = new double[c.Count];
        c.Evaluator().Predict(c.Theta, f);
        for (var i = 0; i < c.Count; i++)
        {
            var x = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(c.Inputs.AsSpan(i * 3, 3).ToArray());
            var expected = v.DotProduct(w2 * (w1 * x)) / Math.Sqrt(2 * 4 * 3);
            Assert.That(f[i], Is.EqualTo(expected).Within(Tolerances.ExactNetwork));
        }
    }

    [Test]
    public void JacobianRowsAreCentralDifferencesOfEachPrediction()
    {
        var c = TestNets.Make(new Architecture(3, [4, 3], Activations.Softplus, biases: true), 3, 14);
        var jacobian = Tangents.Jacobian(c.Evaluator(), c.Theta);
        var d = c.Network.Architecture.InputDimension;
        for (var i = 0; i < c.Count; i++)
        {
            var sample = i;
            var fd = CentralDifference(c.Theta, t => ReferenceNetwork.Predict(c.Network.Architecture, t, c.Inputs.AsSpan(sample * d, d)), 1e-5);
            var row = Enumerable.Range(0, c.P).Select(q => jacobian[sample + q * c.Count]).ToArray();
            Assert.That(TestNets.RelativeError(row, fd), Is.LessThan(Tolerances.FiniteDifference));
        }
    }

    [Test]
    public void NtkGramEqualsJacobianTimesItsTransposeAndAverageGradientIsJTransposeOnesOverN()
    {
        var c = TestNets.Make(new Architecture(3, [5, 5], Activations.Tanh, biases: true, residual: true), 4, 15);
        var evaluator = c.Evaluator();
        var jacobian = Tangents.Jacobian(evaluator, c.Theta);
        var j = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(c.Count, c.P, jacobian);
        var expected = (j * j.Transpose()).ToColumnMajorArray();
        Assert.That(TestNets.RelativeError(Tangents.NtkGram(evaluator, c.Theta), expected), Is.LessThan(Tolerances.ExactNetwork));
        var gbar = new double[c.P];
        evaluator.AverageGradient(c.Theta, gbar);
        var jtOnes = (j.Transpose() * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(c.Count, 1.0 / c.Count)).ToArray();
        Assert.That(TestNets.RelativeError(gbar, jtOnes), Is.LessThan(Tolerances.ExactNetwork));
    }

    [Test]
    public void WrongThetaLengthNamesBothSizes()
    {
        var c = TestNets.Make(new Architecture(3, [4], Activations.Tanh), 2, 16);
        var error = Assert.Throws<ArgumentException>(() => c.Evaluator().Loss(new double[c.P + 1], c.Targets, LossKind.SquareMean));
        Assert.That(error!.Message, Does.Contain($"{c.P + 1}").And.Contain($"p = {c.P}"));
    }

    internal static double[] CentralDifference(double[] theta, Func<double[], double> function, double h)
    {
        var point = (double[])theta.Clone();
        var result = new double[theta.Length];
        for (var q = 0; q < theta.Length; q++)
        {
            point[q] = theta[q] + h;
            var plus = function(point);
            point[q] = theta[q] - h;
            var minus = function(point);
            point[q] = theta[q];
            result[q] = (plus - minus) / (2 * h);
        }
        return result;
    }
}
