using System.Text.Json;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.IO;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Cli.Tests;

/// <summary>
/// `measure --weights F` reads the architecture off the tensors' shapes, refuses what disagrees with them naming the
/// tensor, and uses every tensor of the file (issue 13: W3 dropped under --L 2, biases dropped without --biases).
/// </summary>
public sealed class MeasureWeightsTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"bc-weights-{Guid.NewGuid():N}")).FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A random network of widths 6, 5, 4 on d = 3 (with biases when asked), written as per-layer tensors (plus extras).
    private string Write(string name, bool biases, Func<IReadOnlyList<NamedTensor>, IEnumerable<NamedTensor>>? edit = null)
    {
        var network = ModelBuilder.Mlp(new ModelSpec.FullyConnected([6, 5, 4], "tanh", Biases: biases), 3);
        var theta = new double[network.ParameterCount];
        new Xoshiro256StarStar(5).FillGaussian(theta, 0.8);
        var tensors = ParameterTensors.ToTensors(network, theta);
        var path = Path.Combine(_dir, name);
        SafetensorsWriter.Write(path, [.. edit?.Invoke(tensors) ?? tensors]);
        return path;
    }

    private static double Value(params string[] args)
    {
        var (code, stdout, stderr) = Run(["measure", "grad-norm", "--n", "5", "--json", .. args]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        return JsonDocument.Parse(stdout).RootElement.GetProperty("value").GetDouble();
    }

    private static void Refused(string contains, params string[] args)
    {
        var (code, _, stderr) = Run(["measure", "grad-norm", "--n", "5", .. args]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain(contains));
    }

    [Test]
    public void TheArchitectureIsReadOffTheShapes()
    {
        var path = Write("net.safetensors", biases: false);
        var (code, stdout, stderr) = Run("measure", "grad-norm", "--n", "5", "--json", "--weights", path);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.That(json.GetProperty("setting").GetString(), Does.StartWith("fc-L3-m6x5x4-d3-tanh-ntk-"));
        // p = 6*3 + 5*6 + 4*5 + 4
        Assert.That(json.GetProperty("parameters").GetInt32(), Is.EqualTo(72));
        // The same numbers agree with everything said explicitly.
        Assert.That(Value("--weights", path, "--L", "3", "--d", "3"), Is.EqualTo(json.GetProperty("value").GetDouble()));
    }

    [Test]
    public void ADepthBelowTheFilesIsRefusedNamingTheFirstLayerLeftOver() =>
        Refused("tensor 'W3' lies beyond --L 2", "--weights", Write("net.safetensors", false), "--L", "2");

    [Test]
    public void ADepthAboveTheFilesIsRefused() =>
        Refused("--L 4 but the file has no tensor 'W4'", "--weights", Write("net.safetensors", false), "--L", "4");

    [Test]
    public void AWidthThatDisagreesIsRefusedNamingTheTensor() =>
        Refused("--m 6 but tensor 'W2' has 5 rows", "--weights", Write("net.safetensors", false), "--m", "6");

    // Before, a file with b1..bL read without --biases measured the network without them.
    [Test]
    public void BiasesInTheFileAreUsedWithoutTheFlag()
    {
        var path = Write("bias.safetensors", biases: true);
        Assert.That(Value("--weights", path), Is.EqualTo(Value("--weights", path, "--biases")));
        Assert.That(Value("--weights", path), Is.Not.EqualTo(Value("--weights", Write("plain.safetensors", biases: false))));
    }

    [Test]
    public void TheBiasesFlagWithoutBiasTensorsIsRefused() =>
        Refused("--biases but the file has no tensor 'b1'", "--weights", Write("net.safetensors", false), "--biases");

    [Test]
    public void BiasesForSomeLayersOnlyAreRefused() =>
        Refused("no 'b2'", "--weights", Write("net.safetensors", true, t => t.Where(x => x.Name != "b2")));

    [Test]
    public void ATensorThatIsNoParameterIsRefusedNamingIt() =>
        Refused("tensor 'extra' is not a parameter", "--weights", Write("net.safetensors", false, t => t.Append(new NamedTensor("extra", [2], [1, 2]))));

    [Test]
    public void ALayerAfterAGapIsRefusedNamingIt() =>
        Refused("tensor 'W3' is not a parameter of the 1-layer network",
            "--weights", Write("net.safetensors", false, t => t.Where(x => x.Name != "W2")));

    [Test]
    public void ALayerOfTheWrongShapeIsRefusedNamingIt() =>
        Refused("tensor 'W2' has shape [5, 7]", "--weights",
            Write("net.safetensors", false, t => t.Select(x => x.Name == "W2" ? new NamedTensor("W2", [5, 7], new double[35]) : x)));

    [Test]
    public void InputsOfAnotherDimensionAreRefusedNamingW1() =>
        Refused("tensor 'W1' has shape [6, 3] but the inputs have d = 5", "--weights", Write("net.safetensors", false), "--d", "5");

    [Test]
    public void AFlatThetaBesideLayerTensorsIsRefused() =>
        Refused("tensor 'W1' beside a flat 'theta'", "--weights",
            Write("net.safetensors", false, t => t.Prepend(new NamedTensor("theta", [72], new double[72]))));
}
