using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class SweepArgumentsTests
{
    private static SettingSpec Spec(bool residual = false, bool biases = false) =>
        new(new Dictionary<string, double> { ["rho"] = 1 }, "tanh", "synthetic:n=4,d=8", 1, 10, null, residual, biases);

    [Test]
    public void APlainSweepRecordsNoArchitectureSoOlderManifestsStillMatch() =>
        Assert.That(SweepArguments.Of("t.x", Spec(), 1e-4).Keys, Is.EquivalentTo(new[] { "theorem", "--set", "--activation", "--data", "--steps", "--init", "--tolerance" }));

    [TestCase(true, false, "res")]
    [TestCase(false, true, "bias")]
    [TestCase(true, true, "res-bias")]
    public void AVariantIsRecorded(bool residual, bool biases, string expected) =>
        Assert.That(SweepArguments.Of("t.x", Spec(residual, biases), 1e-4)["--architecture"], Is.EqualTo(expected));
}
