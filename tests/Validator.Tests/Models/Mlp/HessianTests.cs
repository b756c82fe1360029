using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models.Mlp;

public sealed class HessianTests
{
    private static IEnumerable<TestNets.Case> Cases() => TestNets.Catalogue();

    [TestCaseSource(nameof(Cases))]
    public void LossHvpMatchesCentralDifferencesOfGradients(TestNets.Case c)
    {
        var evaluator = c.Evaluator();
        var op = evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean);
        var u = new double[c.P];
        new Xoshiro256StarStar(99).FillGaussian(u, 1.0);
        var hu = new double[c.P];
        op.Apply(u, hu);
        const double h = 1e-5;
        var plus = new double[c.P];
        var minus = new double[c.P];
        evaluator.LossGradient(c.Theta.Zip(u, (t, d) => t + h * d).ToArray(), c.Targets, LossKind.SquareMean, plus);
        evaluator.LossGradient(c.Theta.Zip(u, (t, d) => t - h * d).ToArray(), c.Targets, LossKind.SquareMean, minus);
        var fd = plus.Zip(minus, (a, b) => (a - b) / (2 * h)).ToArray();
        Assert.That(TestNets.RelativeError(hu, fd), Is.LessThan(Tolerances.HessianFiniteDifference));
    }

    [TestCaseSource(nameof(Cases))]
    public void DenseLossHessianMatchesSecondOrderDifferencesOfTheReferenceLossAndIsSymmetric(TestNets.Case c)
    {
        var a = c.Network.Architecture;
        var dense = TestNets.Dense(c.Evaluator().LossHessian(c.Theta, c.Targets, LossKind.SquareMean));
        var p = c.P;
        var transposed = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                transposed[i + j * p] = dense[j + i * p];
            }
        }
        Assert.That(TestNets.RelativeError(dense, transposed), Is.LessThan(Tolerances.ExactNetwork));
        // H_qr ~ [L(+q+r) - L(+q-r) - L(-q+r) + L(-q-r)] / (4 h^2), an estimate independent of the backward pass.
        const double h = 1e-4;
        var point = (double[])c.Theta.Clone();
        double Loss(int q, double sq, int r, double sr)
        {
            point[q] += sq * h;
            point[r] += sr * h;
            var value = ReferenceNetwork.SquareMeanLoss(a, point, c.Inputs, c.Targets);
            point[q] = c.Theta[q];
            point[r] = c.Theta[r];
            return value;
        }
        var fd = new double[p * p];
        for (var q = 0; q < p; q++)
        {
            for (var r = 0; r < p; r++)
            {
                fd[q + r * p] = (Loss(q, 1, r, 1) - Loss(q, 1, r, -1) - Loss(q, -1, r, 1) + Loss(q, -1, r, -1)) / (4 * h * h);
            }
        }
        Assert.That(TestNets.RelativeError(dense, fd), Is.LessThan(Tolerances.SecondOrderDifference));
    }

    [TestCase("tanh")]
    [TestCase("softplus")]
    [TestCase("gelu")]
    public void OneHiddenLayerPredictorAndLossHessiansMatchTheirClosedForms(string activationName)
    {
        const int d = 3, m = 5, n = 4;
        var phi = Activations.TryParse(activationName)!;
        var c = TestNets.Make(new Architecture(d, [m], phi), n, 21);
        var p = c.P;
        var evaluator = c.Evaluator();
        var lossExpected = new double[p * p];
        var f = new double[n];
        evaluator.Predict(c.Theta, f);
        for (var i = 0; i < n; i++)
        {
            // f = v^T phi(W x / sqrt(d)) / sqrt(m); W(j,k) at j + k m, v_j at m d + j.
            var x = c.Inputs.AsSpan(i * d, d).ToArray();
            var hessian = new double[p * p];
            var gradient = new double[p];
            for (var j = 0; j < m; j++)
            {
                var z = 0.0;
                for (var k = 0; k < d; k++)
                {
                    z += c.Theta[j + k * m] * x[k] / Math.Sqrt(d);
                }
                var vj = c.Theta[m * d + j];
                gradient[m * d + j] = phi.Value(z) / Math.Sqrt(m);
                for (var k = 0; k < d; k++)
                {
                    gradient[j + k * m] = vj * phi.First(z) * x[k] / Math.Sqrt(d * m);
                    var mixed = phi.First(z) * x[k] / Math.Sqrt(d * m);
                    hessian[(j + k * m) + (m * d + j) * p] = mixed;
                    hessian[(m * d + j) + (j + k * m) * p] = mixed;
                    for (var k2 = 0; k2 < d; k2++)
                    {
                        hessian[(j + k * m) + (j + k2 * m) * p] = vj * phi.Second(z) * x[k] * x[k2] / (d * Math.Sqrt(m));
                    }
                }
            }
            var weights = new double[n];
            weights[i] = 1;
            var computed = TestNets.Dense(evaluator.PredictorHessian(c.Theta, weights));
            Assert.That(TestNets.RelativeError(computed, hessian), Is.LessThan(Tolerances.ExactNetwork), $"sample {i}");
            // grad^2 Lhat = (1/n) sum_i [2 g_i g_i^T + 2 (f_i - y_i) H_i]
            for (var q = 0; q < p; q++)
            {
                for (var r = 0; r < p; r++)
                {
                    lossExpected[q + r * p] += (2 * gradient[q] * gradient[r] + 2 * (f[i] - c.Targets[i]) * hessian[q + r * p]) / n;
                }
            }
        }
        var loss = TestNets.Dense(evaluator.LossHessian(c.Theta, c.Targets, LossKind.SquareMean));
        Assert.That(TestNets.RelativeError(loss, lossExpected), Is.LessThan(Tolerances.ExactNetwork));
    }

    [Test]
    public void LinearNetworkPredictorHessianVanishesOnEveryDiagonalBlock()
    {
        // f is linear in each W^(l) and in v separately, so each diagonal block of grad^2 f is exactly 0 while
        // the off-diagonal blocks are not.
        var c = TestNets.Make(new Architecture(3, [4, 3, 2], Activations.Identity), 1, 22);
        var dense = TestNets.Dense(BatchEvaluator.PredictorHessian(c.Network, c.Theta, c.Inputs));
        var layout = c.Network.Layout;
        var blocks = Enumerable.Range(1, 3).Select(layout.Weight).Append(layout.Output).ToArray();
        foreach (var block in blocks)
        {
            for (var q = block.Offset; q < block.Offset + block.Length; q++)
            {
                for (var r = block.Offset; r < block.Offset + block.Length; r++)
                {
                    Assert.That(dense[q + r * c.P], Is.EqualTo(0.0).Within(Tolerances.ExactNetwork));
                }
            }
        }
        Assert.That(dense.Max(Math.Abs), Is.GreaterThan(1e-3));
    }

    [Test]
    public void SingleInputPredictorHessianEqualsTheBatchOperatorWithAUnitWeight()
    {
        var c = TestNets.Make(new Architecture(3, [4, 4], Activations.Tanh, biases: true), 3, 23);
        var d = c.Network.Architecture.InputDimension;
        var single = TestNets.Dense(BatchEvaluator.PredictorHessian(c.Network, c.Theta, c.Inputs.AsMemory(2 * d, d)));
        var batch = TestNets.Dense(c.Evaluator().PredictorHessian(c.Theta, [0, 0, 1]));
        Assert.That(TestNets.RelativeError(single, batch), Is.LessThan(Tolerances.ExactNetwork));
    }
}
