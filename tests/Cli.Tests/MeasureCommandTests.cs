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
}
