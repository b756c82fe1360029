using BoundCheck.Validator.Training;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

public sealed class GdMemoryTests
{
    [TestCase(1, 1024, 4, 1024 * 4 + 1024)]
    [TestCase(2, 100, 3, 300 + 10000 + 100)]
    [TestCase(3, 10, 10, 100 + 200 + 10)]
    public void TheParameterCountIsThatOfTheBiasFreeFullyConnectedNetwork(int depth, int width, int inputs, int expected) =>
        Assert.That(GdMemory.Parameters(depth, width, inputs), Is.EqualTo(expected));

    [Test]
    public void ASmallNetworkKeepsEveryStep()
    {
        // 1000 parameters, 50 steps: all 51 iterates fit the storage budget.
        Assert.That(GdMemory.Bytes(1000, 50), Is.EqualTo(GdMemory.Headroom * 8000 * (4 + 51)));
    }

    [Test]
    public void AHugeNetworkKeepsOnlyTheFirstAndLastIterates()
    {
        var p = 4.0 * Trajectory.StorageBudgetBytes / 8;
        Assert.That(GdMemory.Bytes(p, 50), Is.EqualTo(GdMemory.Headroom * 8 * p * (4 + 2)));
    }
}
