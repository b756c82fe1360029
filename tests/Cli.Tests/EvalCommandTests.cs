using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

public sealed class EvalCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void EvaluatesWithSetValues()
    {
        var (code, output, _) = Run("eval", "sqrt(log(m)/(2*m))", "--set", "m=100");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(double.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(Math.Sqrt(Math.Log(100) / 200)).Within(Tolerances.Evaluation));
    }

    [Test]
    public void UnboundSymbolsAreAllNamedWithExitCodeTwo()
    {
        var (code, _, err) = Run("eval", "a * b + c", "--set", "b=1");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(err.Trim(), Is.EqualTo("boundcheck: eval: unbound symbol(s): a, c"));
    }

    [Test]
    public void ParseErrorIsOneLineWithLineAndColumn()
    {
        var (code, _, err) = Run("eval", "(x + 1");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(err.Trim(), Is.EqualTo("boundcheck: eval: 1:7: expected ')' but found end of input"));
    }

    [Test]
    public void LatexAndGrowthAsJson()
    {
        var (code, output, _) = Run("eval", "gamma^(6*L) / sqrt(m)", "--latex", "--growth", "L", "--assume", "gamma<=1", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("latex").GetString(), Is.EqualTo(@"\frac{\gamma^{6 L}}{\sqrt{m}}"));
        var growth = doc.RootElement.GetProperty("growth");
        Assert.That(growth.GetProperty("variable").GetString(), Is.EqualTo("L"));
        Assert.That(growth.GetProperty("kind").GetString(), Is.EqualTo("power"));
        Assert.That(growth.GetProperty("power").GetString(), Is.EqualTo("0"));
        Assert.That(doc.RootElement.TryGetProperty("value", out _), Is.False);
    }

    [Test]
    public void GrowthWithoutAssumptionIsConditionalExponential()
    {
        var (_, output, _) = Run("eval", "gamma^(6*L)", "--growth", "L", "--json");
        using var doc = JsonDocument.Parse(output);
        var growth = doc.RootElement.GetProperty("growth");
        Assert.That(growth.GetProperty("kind").GetString(), Is.EqualTo("exponential"));
        Assert.That(growth.GetProperty("base").GetString(), Is.EqualTo("gamma^6"));
        Assert.That(growth.GetProperty("ifBaseAtMostOne").GetProperty("kind").GetString(), Is.EqualTo("power"));
    }

    [Test]
    public void ValueInJson()
    {
        var (_, output, _) = Run("eval", "x^2", "--set", "x=3", "--json");
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("value").GetDouble(), Is.EqualTo(9).Within(Tolerances.Evaluation));
    }

    [TestCase("--set", "x")]
    [TestCase("--assume", "gamma ~ 1")]
    public void MalformedOptionsAreBadInput(string option, string value)
    {
        var (code, _, err) = Run("eval", "x", "--growth", "x", option, value);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(err, Does.Contain(value));
    }
}
