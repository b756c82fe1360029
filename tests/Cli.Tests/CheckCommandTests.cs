using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

/// <summary>End to end: theorem file -> real network measurements -> verdicts, report files and exit codes.</summary>
[NonParallelizable]
public sealed class CheckCommandTests
{
    private const string Paper = "# test\n```paper\nauthors: A. Tester\ntitle: T\nvenue: V\narxiv: 2401.00001v1\n```\n";

    // The explicit bound of docs/derivations.md section 5, divided by 1000: a bound that real networks must violate.
    private const string FalseHessian = """
        ```theorem
        id: fake2026.hessian
        title: A Hessian bound 1000 times too small
        result: Theorem 1
        ref: test
        model: fc
        init: gaussian
        param L in N>=1
        param m in N>=2
        param sigma1 > 0
        param rho >= 0
        param rho1 >= 0
        define gamma = sigma1 + rho/sqrt(m)                     [derived]
        define sigma0 = sigma1 / (2*(1 + sqrt(log(m)/(2*m))))   [derived]
        assume init.variance = sigma0^2                         [derived]
        claim hessian: hessian_norm_predictor <= 1/(1000*sqrt(m))   [derived]
          scope over spectral_ball(rho, rho1) around init, for all inputs   [derived]
        ```

        ```theorem
        id: fake2026.wide
        title: A bound that needs a width the setting does not have
        result: Theorem 2
        ref: test
        model: fc
        init: gaussian
        param L in N>=1
        param m in N>=2
        assume m >= 100000                                       [derived]
        claim hessian: hessian_norm_predictor <= 1/sqrt(m)       [derived]
          scope at init, for all inputs                          [derived]
        ```
        """;

    private string _root = "";
    private string _out = "";

    [SetUp]
    public void CreateLibrary()
    {
        _root = Path.Combine(Path.GetTempPath(), "boundcheck-check-" + Guid.NewGuid().ToString("N"));
        var theorems = Directory.CreateDirectory(Path.Combine(_root, "theorems")).FullName;
        File.WriteAllText(Path.Combine(theorems, "fake2026.md"), Paper + FalseHessian);
        _out = Path.Combine(_root, "out");
        Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", theorems);
    }

    [TearDown]
    public void RemoveLibrary()
    {
        Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", null);
        Directory.Delete(_root, recursive: true);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static readonly string[] Small = ["--set", "L=2", "--set", "m=32", "--data", "synthetic:n=4,d=8", "--steps", "10"];

    [Test]
    public void AFalseBoundIsViolatedWithAWitnessAndExitCode1()
    {
        var (code, stdout, stderr) = Run(["check", "fake2026.hessian", .. Small, "--out", _out, "--json"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Violated), stderr);
        using var json = JsonDocument.Parse(stdout);
        var claim = json.RootElement.GetProperty("claims")[0];
        Assert.That(claim.GetProperty("verdict").GetString(), Is.EqualTo("violated"));
        Assert.That(claim.GetProperty("measured").GetDouble(), Is.GreaterThan(claim.GetProperty("bound").GetDouble()));
        var witness = claim.GetProperty("witness");
        Assert.That(witness.GetProperty("setting").GetString(), Is.EqualTo("fake2026.hessian/L2-m32-tanh-seed1/synthetic:n=4,d=8"));
        Assert.That(witness.GetProperty("input").GetString(), Does.Match("^x[0-3]$"));
        var report = File.ReadAllText(Path.Combine(_out, "report.md"));
        Assert.That(report, Does.Contain("`violated`").And.Contain(witness.GetProperty("point").GetString()));
        Assert.That(File.Exists(Path.Combine(_out, "report.html")) && File.Exists(Path.Combine(_out, "results.json")));
    }

    [Test]
    public void ArchitectureVariantsAreMeasuredNamedAndFlaggedAsOutsideTheModel()
    {
        var (code, plain, stderr) = Run(["check", "fake2026.hessian", .. Small, "--out", _out, "--json"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Violated), stderr);
        (code, var variant, stderr) = Run(["check", "fake2026.hessian", .. Small, "--residual", "--biases", "--out", _out + "-variant", "--json"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Violated), stderr);
        Assert.That(stderr, Does.Contain("Architecture variant: residual connections").And.Contain("The theorem's model (fc) has neither"));
        double Measured(string json) => JsonDocument.Parse(json).RootElement.GetProperty("claims")[0].GetProperty("measured").GetDouble();
        var claim = JsonDocument.Parse(variant).RootElement.GetProperty("claims")[0];
        Assert.That(claim.GetProperty("setting").GetString(), Is.EqualTo("fake2026.hessian/L2-m32-tanh-res-bias-seed1/synthetic:n=4,d=8"));
        // A skip connection and bias parameters change the network and its Hessian: the measurement must differ.
        Assert.That(Measured(variant), Is.Not.EqualTo(Measured(plain)).Within(Tolerances.SameNumerics * Measured(plain)));
        Assert.That(File.ReadAllText(Path.Combine(_out + "-variant", "report.md")), Does.Contain("Architecture variant"));
        Assert.That(File.ReadAllText(Path.Combine(_out, "report.md")), Does.Not.Contain("Architecture variant"));
    }

    [Test]
    public void AFailedHypothesisIsNotApplicableAndNamesIt()
    {
        var (code, stdout, stderr) = Run(["check", "fake2026.wide", .. Small, "--out", _out]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stdout, Does.Contain("not-applicable").And.Contain("m >= 100000"));
    }

    [Test]
    public void UnknownParameterAndUnknownIdAreBadInput()
    {
        var (code, _, stderr) = Run(["check", "fake2026.hessian", "--set", "width=3", "--out", _out]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("'width' is not a parameter of fake2026.hessian"));
        (code, _, stderr) = Run(["check", "fake2026.hesian", "--out", _out]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("close ids: fake2026.hessian"));
    }

    [Test]
    public void BadSettingsAreBadInputNamingTheValue()
    {
        var (code, _, stderr) = Run(["check", "fake2026.hessian", .. Small, "--activation", "relu6", "--out", _out]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("unknown activation 'relu6'"));
        (code, _, stderr) = Run(["check", "fake2026.hessian", "--set", "m=1", "--out", _out]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("m = 1 is outside its domain"));
        (code, _, stderr) = Run(["check", "fake2026.hessian", "--data", "synthetic:n=4", "--out", _out]);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("data spec 'synthetic:n=4'"));
    }
}
