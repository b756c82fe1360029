using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Tests.Networks;

public sealed class InitialisationTests
{
    private static readonly Network Net = new(Architecture.Uniform(16, 3, 64, Activations.Tanh));

    [Test]
    public void SameSeedGivesBitIdenticalThetaAndOtherSeedsDiffer()
    {
        var scheme = new Initialisation.Gaussian(0.5);
        var first = Initialiser.Draw(Net, scheme, 42);
        var second = Initialiser.Draw(Net, scheme, 42);
        var other = Initialiser.Draw(Net, scheme, 43);
        Assert.That(first.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(second.Select(BitConverter.DoubleToInt64Bits)));
        Assert.That(first.Zip(other).Count(t => t.First != t.Second), Is.GreaterThan(first.Length - 10));
    }

    [Test]
    public void GaussianWeightsHaveTheRequestedVarianceAndVIsOnTheUnitSphere()
    {
        var theta = Initialiser.Draw(Net, new Initialisation.Gaussian(0.25), 1);
        var w2 = Net.Layout.Weight(2).Of(theta.AsSpan()).ToArray();
        var mean = w2.Average();
        var variance = w2.Select(x => (x - mean) * (x - mean)).Average();
        Assert.That(mean, Is.EqualTo(0).Within(Tolerances.Statistical));
        Assert.That(variance, Is.EqualTo(0.25).Within(Tolerances.Statistical));
        var v = Net.Layout.Output.Of(theta.AsSpan()).ToArray();
        Assert.That(Math.Sqrt(v.Sum(x => x * x)), Is.EqualTo(1.0).Within(Tolerances.ExactNetwork));
    }

    [Test]
    public void BanerjeeSigma0FollowsItsFormula()
    {
        var scheme = new Initialisation.Banerjee(1.0);
        // sigma0 = sigma1 / (2 (1 + sqrt(log m / (2 m)))) at m = 64
        Assert.That(scheme.Sigma0(64), Is.EqualTo(1.0 / (2 * (1 + Math.Sqrt(Math.Log(64) / 128)))).Within(Tolerances.ExactNetwork));
        var theta = Initialiser.Draw(Net, scheme, 3);
        var w3 = Net.Layout.Weight(3).Of(theta.AsSpan()).ToArray();
        var sigma = Math.Sqrt(w3.Select(x => x * x).Average());
        Assert.That(sigma, Is.EqualTo(scheme.Sigma0(64)).Within(Tolerances.Statistical));
    }

    [Test]
    public void PositiveInitHasZeroFirstLayerScaledUniformHiddenLayersAndConstantOutput()
    {
        var theta = Initialiser.Draw(Net, new Initialisation.Positive(5.0), 4);
        Assert.That(Net.Layout.Weight(1).Of(theta.AsSpan()).ToArray(), Is.All.EqualTo(0.0));
        var w2 = Net.Layout.Weight(2).Of(theta.AsSpan()).ToArray();
        Assert.That(w2.Min(), Is.GreaterThanOrEqualTo(0.5 / 64));
        Assert.That(w2.Max(), Is.LessThan(1.5 / 64));
        Assert.That(w2.Average(), Is.EqualTo(1.0 / 64).Within(Tolerances.Statistical / 64));
        Assert.That(Net.Layout.Output.Of(theta.AsSpan()).ToArray(), Is.All.EqualTo(5.0));
    }

    [Test]
    public void LayoutCountsTheParametersOfPapers12()
    {
        // p = m d + (L - 1) m^2 + m
        Assert.That(Net.ParameterCount, Is.EqualTo(64 * 16 + 2 * 64 * 64 + 64));
        var withBiases = new Network(Architecture.Uniform(16, 3, 64, Activations.Tanh, biases: true));
        Assert.That(withBiases.ParameterCount, Is.EqualTo(Net.ParameterCount + 3 * 64));
    }

    [Test]
    public void SettingNamesAreReadable() =>
        Assert.That(SettingNames.Of(Net.Architecture, new Initialisation.Gaussian(1), 1), Is.EqualTo("fc-L3-m64-d16-tanh-ntk-gaussian-seed1"));

    [TestCase(0)]
    [TestCase(-3)]
    public void NonPositiveWidthIsRejectedNamingTheValue(int m)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Architecture.Uniform(4, 2, m, Activations.Tanh));
        Assert.That(error!.Message, Does.Contain($"got {m}"));
    }
}
