using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

public sealed class MeasureCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [TestCase("hessian-loss")]
    [TestCase("hessian-predictor")]
    [TestCase("grad-norm")]
    [TestCase("avg-grad-norm-sq")]
    [TestCase("ntk-lambda-min")]
    public void EveryQuantityPrintsOneJsonObjectWithTheDocumentedFields(string quantity)
    {
        var (code, stdout, _) = Run("measure", quantity, "--L", "2", "--m", "12", "--d", "4", "--n", "5", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "value", "residual", "products", "exitReason", "backend", "seed", "seconds" })
        {
            Assert.That(root.TryGetProperty(field, out _), Is.True, field);
        }
        Assert.That(root.GetProperty("value").GetDouble(), Is.GreaterThanOrEqualTo(0.0));
        Assert.That(root.GetProperty("seed").GetInt32(), Is.EqualTo(1));
    }

    [TestCase("hessian-loss", "--m", "12", "exact")]
    [TestCase("hessian-predictor", "--m", "12", "exact")]
    [TestCase("hessian-predictor", "--m", "80", "P(miss) <= 0.001")]
    public void HessianNormsCarryTheirCertificate(string quantity, string option, string width, string certificate)
    {
        var (code, stdout, _) = Run("measure", quantity, "--L", "2", option, width, "--d", "4", "--n", "3", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.That(root.GetProperty("certificate").GetString(), Is.EqualTo(certificate));
        var value = root.GetProperty("value").GetDouble();
        Assert.That(root.GetProperty("lower").GetDouble(), Is.LessThanOrEqualTo(value));
        Assert.That(root.GetProperty("upper").GetDouble(), Is.GreaterThanOrEqualTo(value));
    }

    [Test]
    public void SameSeedGivesTheSameValueAndAnotherSeedDoesNot()
    {
        string Value(string seed) => JsonDocument.Parse(Run("measure", "grad-norm", "--m", "10", "--d", "3", "--n", "4", "--seed", seed, "--json").Out)
            .RootElement.GetProperty("value").GetRawText();
        Assert.That(Value("7"), Is.EqualTo(Value("7")));
        Assert.That(Value("8"), Is.Not.EqualTo(Value("7")));
    }

    [TestCase("--m", "0", "--m must be >= 1, got 0")]
    [TestCase("--L", "-1", "--L must be >= 1, got -1")]
    [TestCase("--activation", "relu6", "relu6")]
    [TestCase("--init", "xavier", "xavier")]
    [TestCase("--sigma0sq", "-2", "got -2")]
    public void BadInputExitsTwoNamingTheValue(string option, string value, string message)
    {
        var (code, _, stderr) = Run("measure", "grad-norm", option, value);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain(message));
    }

    [Test]
    public void UnknownQuantityExitsTwo()
    {
        var (code, _, stderr) = Run("measure", "curvature", "--m", "4");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("curvature"));
    }

    [Test]
    public void WeightsOfTheWrongShapeExitTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bc-weights-{Guid.NewGuid():N}.safetensors");
        try
        {
            Validator.IO.SafetensorsWriter.Write(path, [new Validator.IO.NamedTensor("theta", [3], [1.0, 2.0, 3.0])]);
            var (code, _, stderr) = Run("measure", "grad-norm", "--m", "4", "--d", "2", "--n", "3", "--weights", path);
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(stderr, Does.Contain("theta").And.Contain("3 entries"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A torch-style one-hidden-layer net f(x) = v . tanh(W x + b) (standard scaling, biases) in PyTorch's tensor layout,
    // and its loss gradient norm by central differences of this hand-written forward pass: ground truth outside the code.
    [Test]
    public void TorchStyleWeightsWithStandardScalingAndBiasesGiveTheReferenceGradient()
    {
        double[] w = [0.3, -0.7, 1.1, 0.4, -0.2, 0.9];   // W1 as [m = 3, d = 2], row-major like torch
        double[] b = [0.1, -0.3, 0.2];
        double[] v = [0.8, -0.5, 0.6];
        double[] x = [1.0, 0.5, -0.4, 2.0, 0.3, -1.2];   // X as [n = 3, d = 2]
        double[] y = [0.2, -0.1, 0.4];
        double Loss(double[] theta)
        {
            var sum = 0.0;
            for (var i = 0; i < 3; i++)
            {
                var f = 0.0;
                for (var r = 0; r < 3; r++)
                {
                    f += theta[9 + r] * Math.Tanh(theta[2 * r] * x[2 * i] + theta[2 * r + 1] * x[2 * i + 1] + theta[6 + r]);
                }
                sum += (f - y[i]) * (f - y[i]);
            }
            return sum / 3;
        }
        double[] point = [.. w, .. b, .. v];
        var squared = 0.0;
        for (var k = 0; k < point.Length; k++)
        {
            const double h = 1e-6;
            var (plus, minus) = ((double[])point.Clone(), (double[])point.Clone());
            plus[k] += h;
            minus[k] -= h;
            var derivative = (Loss(plus) - Loss(minus)) / (2 * h);
            squared += derivative * derivative;
        }
        var weights = Path.Combine(Path.GetTempPath(), $"bc-torch-{Guid.NewGuid():N}.safetensors");
        var inputs = Path.Combine(Path.GetTempPath(), $"bc-data-{Guid.NewGuid():N}.safetensors");
        try
        {
            Validator.IO.SafetensorsWriter.Write(weights, [new("W1", [3, 2], w), new("b1", [3], b), new("v", [1, 3], v)]);
            Validator.IO.SafetensorsWriter.Write(inputs, [new("X", [3, 2], x), new("y", [3], y)]);
            double Measured(params string[] extra) => JsonDocument.Parse(Run(["measure", "grad-norm", "--L", "1", "--m", "3", "--weights", weights,
                "--inputs", inputs, "--json", .. extra]).Out).RootElement.GetProperty("value").GetDouble();
            Assert.That(Measured("--scaling", "standard", "--biases"), Is.EqualTo(Math.Sqrt(squared)).Within(Tolerances.FiniteDifference * Math.Sqrt(squared)));
            // The papers' NTK scaling divides W x by sqrt(d) and v . a by sqrt(m): another network, another gradient.
            Assert.That(Measured("--biases"), Is.Not.EqualTo(Math.Sqrt(squared)).Within(Tolerances.DistinctNetworks * Math.Sqrt(squared)));
        }
        finally
        {
            File.Delete(weights);
            File.Delete(inputs);
        }
    }

    [Test]
    public void UnknownScalingExitsTwo()
    {
        var (code, _, stderr) = Run("measure", "grad-norm", "--m", "4", "--scaling", "mup");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("--scaling 'mup': expected ntk or standard"));
    }
}
