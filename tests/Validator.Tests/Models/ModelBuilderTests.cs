using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models;

public sealed class ModelBuilderTests
{
    [Test]
    public void AFullyConnectedSpecBuildsThatNetwork()
    {
        var model = ModelBuilder.Build(new ModelSpec.FullyConnected([8, 5], "softplus", Scaling.Standard, Biases: true), 3);
        Assert.That(model.Name, Is.EqualTo("fc-L2-m8x5-d3-softplus-std-bias"));
        // p = 8*3 + 5*8 + (8 + 5) + 5
        Assert.That(model.ParameterCount, Is.EqualTo(24 + 40 + 13 + 5));
        Assert.That(model.InputDimension, Is.EqualTo(3));
        Assert.That(model.Layers!.MinWidth, Is.EqualTo(5));
    }

    // A setting a user gave is bad input (InputException, exit 2 in the CLI) naming the value, not an ArgumentException.
    [TestCase(0, 8, "tanh", "width m_1 must be >= 1, got 0")]
    [TestCase(4, 8, "relu6", "unknown activation 'relu6'")]
    [TestCase(4, 0, "tanh", "input dimension d must be >= 1, got 0")]
    public void ABadSpecIsAnInputExceptionNamingTheValue(int width, int inputDimension, string activation, string message)
    {
        var error = Assert.Throws<InputException>(() => ModelBuilder.Build(ModelSpec.FullyConnected.Uniform(2, width, activation), inputDimension));
        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void ADepthBelowOneIsAnInputException() =>
        Assert.That(() => ModelBuilder.Build(ModelSpec.FullyConnected.Uniform(0, 8, "tanh"), 3),
            Throws.TypeOf<InputException>().With.Message.Contains("depth L must be >= 1"));

    [TestCase(-1.0, "sigma0^2 must be >= 0 and finite, got -1")]
    [TestCase(double.PositiveInfinity, "sigma0^2 must be >= 0 and finite")]
    public void AGaussianInitWithABadVarianceSaysSo(double variance, string problem) =>
        Assert.That(new Initialisation.Gaussian(variance).Problem, Does.Contain(problem));

    [Test]
    public void ValidSchemesHaveNoProblem() =>
        Assert.That(new Initialisation[] { new Initialisation.Gaussian(0), new Initialisation.Banerjee(1), new Initialisation.Positive(4) }
            .Select(s => s.Problem), Is.All.Null);

    [Test]
    public void TheInitialiserRefusesASchemeWithAProblem() =>
        Assert.That(() => Initialiser.Draw(new Network(Architecture.Uniform(2, 1, 3, Activations.Tanh)), new Initialisation.Banerjee(0), 1),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("sigma1 must be > 0"));
}
