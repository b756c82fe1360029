using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

/// <summary>The shipped explicit Hessian bound (docs/derivations.md section 5) must hold on real networks: a violation is a numerics bug.</summary>
[NonParallelizable]
public sealed class ShippedCheckTests
{
    [TestCase("tanh")]
    [TestCase("softplus")]
    public void TheDerivedExplicitHessianBoundHolds(string activation)
    {
        var dir = Path.Combine(Path.GetTempPath(), "boundcheck-shipped-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = Program.Run(["check", "banerjee2023.hessian_explicit", "--set", "L=2", "--set", "m=32", "--activation", activation,
                "--data", "synthetic:n=4,d=8", "--steps", "10", "--out", dir, "--json"], stdout, stderr);
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr.ToString());
            using var json = JsonDocument.Parse(stdout.ToString());
            var hessian = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("claim").GetString() == "hessian");
            Assert.That(hessian.GetProperty("verdict").GetString(), Is.EqualTo("holds"), hessian.GetProperty("reason").ToString());
            Assert.That(hessian.GetProperty("tightness").GetDouble(), Is.InRange(0.01, 1.0));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
