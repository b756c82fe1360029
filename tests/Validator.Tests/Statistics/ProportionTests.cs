using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Tests.Statistics;

public sealed class ProportionTests
{
    // Published Clopper-Pearson 95% intervals (e.g. R binom.test; Clopper and Pearson 1934 tables).
    [TestCase(0, 10, 0.0, 0.3085)]
    [TestCase(5, 10, 0.1871, 0.8129)]
    [TestCase(10, 10, 0.6915, 1.0)]
    [TestCase(1, 10, 0.0025, 0.4450)]
    [TestCase(3, 20, 0.0321, 0.3789)]
    public void Matches_published_values(int k, int n, double low, double high)
    {
        var interval = Proportion.ClopperPearson(k, n);
        Assert.That(interval.Low, Is.EqualTo(low).Within(Tolerances.PublishedFourDecimals));
        Assert.That(interval.High, Is.EqualTo(high).Within(Tolerances.PublishedFourDecimals));
    }

    [TestCase(7)]
    [TestCase(40)]
    public void Extreme_counts_match_their_closed_forms(int n)
    {
        // k = 0: upper = 1 - (alpha/2)^(1/n); k = n: lower = (alpha/2)^(1/n).
        Assert.That(Proportion.ClopperPearson(0, n).High, Is.EqualTo(1 - Math.Pow(0.025, 1.0 / n)).Within(Tolerances.BetaQuantile));
        Assert.That(Proportion.ClopperPearson(n, n).Low, Is.EqualTo(Math.Pow(0.025, 1.0 / n)).Within(Tolerances.BetaQuantile));
    }

    [Test]
    public void Floor_verdict_compares_the_floor_with_the_upper_end()
    {
        // 5/10: upper end 0.8129.
        Assert.That(Proportion.AgainstFloor(5, 10, 0.8).Verdict, Is.EqualTo(RateVerdict.Consistent));
        Assert.That(Proportion.AgainstFloor(5, 10, 0.82).Verdict, Is.EqualTo(RateVerdict.Inconsistent));
        Assert.That(Proportion.AgainstFloor(10, 10, 1.0).Verdict, Is.EqualTo(RateVerdict.Consistent));
    }

    [Test]
    public void Bad_counts_are_programmer_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.ClopperPearson(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.ClopperPearson(0, 0));
    }
}
