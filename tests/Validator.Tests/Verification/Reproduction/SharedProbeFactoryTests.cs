using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

public sealed class SharedProbeFactoryTests
{
    private static ProbeRequest Request(double m, double kappa) => new("fc", "gaussian",
        new SettingSpec(new Dictionary<string, double> { ["m"] = m, ["kappa"] = kappa }, "tanh", "synthetic:n=4,d=4", 1, 5),
        new Dictionary<string, double> { ["L"] = 1, ["m"] = m, ["sigma1"] = 1, ["kappa"] = kappa }, null);

    [Test]
    public void SettingsThatDifferOnlyInAnIgnoredBindingShareOneProbe()
    {
        var factory = new SharedProbeFactory(1e-6, ["kappa"]);
        var first = factory.Create(Request(32, 0.25));
        Assert.That(factory.Create(Request(32, 0.75)), Is.SameAs(first));
        Assert.That(factory.Probe, Is.SameAs(first));
    }

    [Test]
    public void AnotherWidthIsAProgrammerError()
    {
        var factory = new SharedProbeFactory(1e-6, ["kappa"]);
        factory.Create(Request(32, 0.25));
        Assert.Throws<InvalidOperationException>(() => factory.Create(Request(64, 0.25)));
    }
}
