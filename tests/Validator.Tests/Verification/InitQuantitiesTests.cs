using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>The quantities the new hypotheses and margins read, against what the initialisation and a dense SVD say.</summary>
public sealed class InitQuantitiesTests
{
    private static NetworkProbe Probe(string model, string init, int depth = 2, int width = 16)
    {
        var bindings = new Dictionary<string, double> { ["L"] = depth, ["m"] = width, ["lambda"] = 4 };
        var spec = new SettingSpec(bindings, "tanh", "synthetic:n=8,d=16,inputs=gaussian", 3, 5, init);
        return (NetworkProbe)new NetworkProbeFactory().Create(new ProbeRequest(model, init, spec, bindings, null));
    }

    private static double At0(NetworkProbe probe, string quantity) => probe.Measure(new ProbePoint(0, "init", 0), quantity).Value;

    [Test]
    public void ThePositiveInitialisationHasAZeroFirstLayerAndPositiveLaterWeights()
    {
        var probe = Probe("fc-standard", "positive", depth: 3);
        Assert.That(At0(probe, "init_first_layer_norm"), Is.EqualTo(0));
        // Hidden entries are Uniform(0.5, 1.5) / fan_in with fan_in = 16, the output weights lambda = 4.
        Assert.That(At0(probe, "init_weight_min"), Is.InRange(0.5 / 16, 1.5 / 16));
    }

    [Test]
    public void AGaussianInitialisationIsOutsideThePositiveOne()
    {
        var probe = Probe("fc", "gaussian");
        Assert.That(At0(probe, "init_first_layer_norm"), Is.GreaterThan(0));
        Assert.That(At0(probe, "init_weight_min"), Is.LessThan(0));
    }

    [Test]
    public void TheFeatureMarginIsTheInverseConditionOfTheFeatureMatrix()
    {
        var probe = Probe("fc-wide-layer", "gaussian", depth: 3);
        var layers = probe.Evaluator.Features!;
        var layer = Enumerable.Range(1, layers.FeatureLayers).MaxBy(layers.FeatureWidth);
        var features = NetworkMeasures.FeatureMatrix(layers, probe.Theta0, layer);
        var (rows, cols) = (probe.Data.Count, layers.FeatureWidth(layer));
        var dense = Matrix<double>.Build.Dense(rows, cols, features); // column-major n x m_l
        var singular = dense.Svd(computeVectors: false).S;
        Assert.That(At0(probe, "feature_sigma_ratio"), Is.EqualTo(singular.Minimum() / singular.Maximum()).Within(Tolerances.Dense));
        // The rank threshold max(n, m_l) eps sigma_max, relative to sigma_max.
        Assert.That(At0(probe, "feature_rank_tolerance") / (Math.Max(rows, cols) * Math.Pow(2, -52)), Is.EqualTo(1).Within(Tolerances.Dense));
    }
}
