using System.Text.Json;
using BoundCheck.Cli;
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
            "restrictedDimension", "restrictedSecondsPerInput", "restrictedSpeedup" })
        {
            Assert.That(width.TryGetProperty(field, out _), Is.True, field);
        }
        Assert.That(width.GetProperty("lanczosExit").GetString(), Is.EqualTo("Converged").Or.EqualTo("InvariantSubspace"));
        // The range restriction gives the full operator's norm at x_0 (both certified to 1e-6 relative).
        Assert.That(width.GetProperty("restrictedNormRelativeDifference").GetDouble(), Is.LessThan(Tolerances.CertifiedNormsAgree));
        Assert.That(width.GetProperty("restrictedDimension").GetInt32(), Is.EqualTo(2 * 3 * 16));
    }
}
