using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Tests.Statistics;

public sealed class SeedsToDecideTests
{
    [Test]
    public void TwentyOfTwentyAgainstAFloorOfNinetySixPercentIsInconclusive()
    {
        // Clopper-Pearson [0.8316, 1] contains 0.96: the floor is neither confirmed nor refuted (it was `holds`).
        var interval = Proportion.ClopperPearson(20, 20);
        var (verdict, reason) = Judge.CompareInterval(1, interval.Low, interval.High, 0.96, Relation.GreaterOrEqual, 20);
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive), reason);
        // All successes: the lower end (alpha/2)^(1/N) reaches 0.96 at N = ceil(ln 0.025 / ln 0.96) = 91.
        var expected = (int)Math.Ceiling(Math.Log(0.025) / Math.Log(0.96));
        Assert.That(expected, Is.EqualTo(91));
        Assert.That(reason, Does.Contain($"{expected} seeds would"));
    }

    [TestCase(20, 20, 0.96)]
    [TestCase(45, 50, 0.8)]
    [TestCase(12, 20, 0.8)]
    [TestCase(3, 10, 0.1)]
    public void TheSeedsNeededAreTheFirstThatDecide(int k, int n, double floor)
    {
        var needed = Proportion.TrialsToDecide(k, n, floor)!.Value;
        bool Decides(int trials)
        {
            var i = Proportion.ClopperPearson((int)Math.Round((double)k / n * trials), trials);
            return i.Low >= floor || i.High < floor;
        }
        Assert.That(Decides(needed), Is.True);
        Assert.That(needed == n || !Decides(needed - 1), Is.True);
    }

    [Test]
    public void ARateEqualToTheFloorIsNeverDecided()
    {
        Assert.That(Proportion.TrialsToDecide(8, 10, 0.8), Is.Null);
    }
}
