using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Models.Mlp;

/// <summary>
/// The explicit bound of docs/derivations.md section 5 as an oracle: ||grad^2 f(theta; x)||_2 &lt;= c_H / sqrt(m) deterministically, with gamma =
/// max_l ||W^(l)||_2 / sqrt(m), ||v|| = 1 + rho1 and ||x|| = sqrt(d). A measured value above it is a bug.
/// </summary>
public sealed class BoundOracleTests
{
    private static IEnumerable<TestCaseData> Settings()
    {
        var seed = 100UL;
        foreach (var phi in new[] { "tanh", "softplus", "sigmoid" })
        {
            foreach (var depth in new[] { 1, 2, 3 })
            {
                foreach (var scale in new[] { 0.3, 1.0, 2.0 })
                {
                    yield return new TestCaseData(phi, depth, 7 + depth, scale, seed++);
                }
            }
        }
    }

    [TestCaseSource(nameof(Settings))]
    public void DensePredictorHessianNormIsBelowTheExplicitBound(string phiName, int depth, int m, double weightScale, ulong seed)
    {
        const int d = 5;
        const double vNorm = 1.3;
        var phi = Activations.TryParse(phiName)!;
        var network = new Network(Architecture.Uniform(d, depth, m, phi));
        var theta = Initialiser.Draw(network, new Initialisation.Gaussian(weightScale * weightScale), seed);
        var v = network.Layout.Output.Of(theta.AsSpan());
        var norm = Math.Sqrt(v.ToArray().Sum(x => x * x));
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= vNorm / norm;
        }
        var x = new double[d];
        new Xoshiro256StarStar(seed + 1000).FillGaussian(x, 1);
        var xNorm = Math.Sqrt(x.Sum(t => t * t));
        x = x.Select(t => t * Math.Sqrt(d) / xNorm).ToArray();

        var gamma = Enumerable.Range(1, depth).Max(l =>
        {
            var block = network.Layout.Weight(l);
            return Matrix<double>.Build.Dense(block.Rows, block.Cols, block.Of(theta.AsSpan()).ToArray()).L2Norm() / Math.Sqrt(m);
        });
        var bound = ExplicitBound(depth, m, gamma, phi.Constants.Smoothness, Math.Abs(phi.Constants.ValueAtZero), vNorm - 1) / Math.Sqrt(m);
        var measured = TestNets.SymmetricNorm(TestNets.Dense(BatchEvaluator.PredictorHessian(network, theta, x)), network.ParameterCount);
        Assert.That(measured, Is.LessThanOrEqualTo(bound));
        Assert.That(measured, Is.GreaterThan(0.0));
    }

    // c_H of docs/derivations.md section 5, transcribed line by line.
    private static double ExplicitBound(int depth, int m, double gamma, double beta, double phi0, double rho1)
    {
        var h = new double[depth + 2];
        h[1] = 1;
        for (var l = 1; l <= depth; l++)
        {
            h[l + 1] = gamma * h[l] + phi0;
        }
        var t = new double[depth + 1];
        for (var l = 1; l <= depth; l++)
        {
            var sum = 0.0;
            for (var k = 1; k <= l; k++)
            {
                sum += Math.Pow(gamma, 2 * (l - k)) * h[k] * h[k];
            }
            t[l] = Math.Sqrt(sum);
        }
        double first = 0, second = 0;
        for (var l = 1; l <= depth; l++)
        {
            first += Math.Pow(gamma, depth - l) * t[l] * t[l];
            second += Math.Pow(gamma, 2 * (depth - l)) * t[l - 1] * t[l - 1];
        }
        var q = beta * first + 2 / Math.Sqrt(m) * Math.Sqrt(second);
        return t[depth] + (1 + rho1) * q;
    }
}
