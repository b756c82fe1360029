using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class SweepArgumentsTests
{
    private static SettingSpec Spec(bool residual = false, bool biases = false, string data = "synthetic:n=4,d=8") =>
        new(new Dictionary<string, double> { ["rho"] = 1 }, "tanh", data, 1, 10, null, residual, biases);

    private static Bounds.Theorems.Theorem Theorem => ShippedTheorems.Get("banerjee2023.hessian_explicit");

    [Test]
    public void APlainSweepRecordsNoArchitectureButItsTheoremTextDataAndTool() =>
        Assert.That(SweepArguments.Of(Theorem, Spec(), 1e-4).Keys, Is.EquivalentTo(new[]
        {
            "theorem", SweepArguments.TheoremText, "data-content", "tool", "--set", "--activation", "--data", "--steps", "--init", "--tolerance",
        }));

    [TestCase(true, false, "res")]
    [TestCase(false, true, "bias")]
    [TestCase(true, true, "res-bias")]
    public void AVariantIsRecorded(bool residual, bool biases, string expected) =>
        Assert.That(SweepArguments.Of(Theorem, Spec(residual, biases), 1e-4)["--architecture"], Is.EqualTo(expected));

    [Test]
    public void AnotherTheoremTextIsAnotherSweep()
    {
        var grid = SweepGrid.Parse(["m=8,16"], 1).Value!;
        var stored = SweepManifest.Create(grid, ShardSpec.All, SweepArguments.Of(Theorem, Spec(), 1e-4));
        var edited = Theorem with { Text = Theorem.Text.Replace("c_H / sqrt(m)", "c_H / sqrt(m) / 100", StringComparison.Ordinal) };
        var now = SweepManifest.Create(grid, ShardSpec.All, SweepArguments.Of(edited, Spec(), 1e-4));
        Assert.That(stored.Differences(now), Has.Some.StartsWith(SweepArguments.TheoremText));
        Assert.That(SweepArguments.Stale(edited, stored), Does.Contain("another text"));
        Assert.That(SweepArguments.Stale(Theorem, stored), Is.Null);
    }

    [Test]
    public void ACsvFileIsKeyedByItsContent()
    {
        var path = Path.Combine(Path.GetTempPath(), $"boundcheck-key-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "1,2,3\n");
            var before = SweepArguments.Of(Theorem, Spec(data: "csv:" + path), 1e-4)["data-content"];
            File.WriteAllText(path, "1,2,4\n");
            Assert.That(SweepArguments.Of(Theorem, Spec(data: "csv:" + path), 1e-4)["data-content"], Is.Not.EqualTo(before));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
