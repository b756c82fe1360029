using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Commands;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

public sealed class BenchCommandTests
{
    [Test]
    public void SmallBenchReportsEveryDocumentedFieldPerWidth()
    {
        var stdout = new StringWriter();
        var code = Program.Run(["bench", "--widths", "16", "--json"], stdout, new StringWriter());
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var width = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("widths")[0];
        foreach (var field in new[] { "m", "gradSeconds", "hvpSeconds", "hvpOverGrad", "hvpFractionOfGemm", "lanczosProducts",
            "restrictedDimension", "restrictedSecondsPerInput", "restrictedSpeedup", "gemmPanelGflops" })
        {
            Assert.That(width.TryGetProperty(field, out _), Is.True, field);
        }
        Assert.That(width.GetProperty("managedGemmGflops").GetDouble(), Is.GreaterThan(0));
        Assert.That(width.GetProperty("managedOverPanel").GetDouble(),
            Is.EqualTo(width.GetProperty("managedGemmGflops").GetDouble() / width.GetProperty("gemmPanelGflops").GetDouble()).Within(1e-12));
        Assert.That(width.GetProperty("lanczosExit").GetString(), Is.EqualTo("Converged").Or.EqualTo("InvariantSubspace"));
        // The range restriction gives the full operator's norm at x_0 (both certified to 1e-6 relative).
        Assert.That(width.GetProperty("restrictedNormRelativeDifference").GetDouble(), Is.LessThan(Tolerances.CertifiedNormsAgree));
        Assert.That(width.GetProperty("restrictedDimension").GetInt32(), Is.EqualTo(2 * 3 * 16));
    }

    [Test]
    [Category("Slow")]
    public void AgainstTorchComputesTheSameGradientHvpAndEigenvalueAndTimesEveryOperation()
    {
        if (TorchPeer.FindPython() is null)
        {
            Assert.Ignore(TorchPeer.InstallHint);
        }
        var stdout = new StringWriter();
        var code = Program.Run(["bench", "--widths", "16", "--against", "torch", "--rounds", "1", "--json"], stdout, new StringWriter());
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var torch = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("torch")[0];
        Assert.That(torch.GetProperty("gradientRelativeDifference").GetDouble(), Is.LessThan(Tolerances.SameComputation));
        foreach (var form in BenchTorch.HvpForms)
        {
            Assert.That(torch.GetProperty("hvpRelativeDifference").GetProperty(form).GetDouble(), Is.LessThan(Tolerances.SameComputation), form);
        }
        Assert.That(torch.GetProperty("eigenvalueRelativeDifference").GetDouble(), Is.LessThan(Tolerances.CertifiedNormsAgree));
        var operations = torch.GetProperty("operations").EnumerateArray().ToArray();
        foreach (var precision in new[] { "float64", "float32" })
        {
            var rows = operations.Where(o => o.GetProperty("precision").GetString() == precision).ToArray();
            Assert.That(rows.Select(o => o.GetProperty("name").GetString()).Distinct(), Is.EquivalentTo(new[]
                { "loss gradient", "hvp", "hvp vs fastest", "top eigenvalue, full operator", "top eigenvalue, range restriction" }));
            foreach (var row in rows)
            {
                var speedup = row.GetProperty("torchSeconds").GetDouble() / row.GetProperty("boundCheckSeconds").GetDouble();
                Assert.That(row.GetProperty("speedup").GetDouble(), Is.EqualTo(speedup).Within(1e-12 * speedup));
            }
        }
    }

    [Test]
    public void AgainstAnUnknownPeerIsBadInput()
    {
        var stderr = new StringWriter();
        Assert.That(Program.Run(["bench", "--widths", "4", "--against", "jax"], new StringWriter(), stderr), Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr.ToString(), Does.Contain("--against").And.Contain("jax"));
    }

    [Test]
    public void WithoutTorchThePeerIsNotFoundAndTheHintSaysHowToGetIt()
    {
        Assert.That(TorchPeer.FindPython(["/nonexistent/python3", null, ""]), Is.Null);
        Assert.That(TorchPeer.InstallHint, Does.Contain("apt-get install python3-torch"));
    }
}
