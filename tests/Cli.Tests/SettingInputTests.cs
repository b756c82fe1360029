using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

/// <summary>A setting the library cannot build is bad input (exit 2) through its typed exception, naming the value.</summary>
[NonParallelizable]
public sealed class SettingInputTests
{
    private const string Library = """
        # test
        ```paper
        authors: A. Tester
        title: T
        venue: V
        arxiv: 2401.00001v1
        ```

        ```theorem
        id: fake2026.variance
        title: An initialisation variance below zero
        result: Theorem 1
        ref: test
        model: fc
        init: gaussian
        param L in N>=1
        param m in N>=2
        assume init.variance = -1                                 [derived]
        claim hessian: hessian_norm_predictor <= 1/sqrt(m)        [derived]
          scope at init, for all inputs                           [derived]
        ```

        ```theorem
        id: fake2026.wide
        title: One wide layer
        result: Theorem 2
        ref: test
        model: fc-wide-layer
        init: gaussian
        param L in N>=1
        param m in N>=2
        claim hessian: hessian_norm_predictor <= 1/sqrt(m)        [derived]
          scope at init, for all inputs                           [derived]
        ```
        """;

    private string _root = "";

    [SetUp]
    public void CreateLibrary()
    {
        _root = Path.Combine(Path.GetTempPath(), "boundcheck-input-" + Guid.NewGuid().ToString("N"));
        var theorems = Directory.CreateDirectory(Path.Combine(_root, "theorems")).FullName;
        File.WriteAllText(Path.Combine(theorems, "fake2026.md"), Library);
        Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", theorems);
    }

    [TearDown]
    public void RemoveLibrary()
    {
        Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", null);
        Directory.Delete(_root, recursive: true);
    }

    [TestCase("fake2026.variance", "L=2", "sigma0^2 must be >= 0 and finite, got -1")]
    [TestCase("fake2026.wide", "m_wide=0", "width m_2 must be >= 1, got 0")]
    public void AnUnbuildableSettingExitsTwoNamingTheValue(string id, string set, string message)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["check", id, "--set", set, "--set", "m=8", "--data", "synthetic:n=4,d=4", "--out", Path.Combine(_root, "out")], stdout, stderr);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput), stderr.ToString());
        Assert.That(stderr.ToString(), Does.Contain(message));
    }
}
