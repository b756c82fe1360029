using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

/// <summary>
/// The RSC frontier against closed forms: with ||gbar_0||^2 = g at every width and c2 = c at every m, alpha_0 =
/// 2 kappa^2 g - c/sqrt(m) &gt; 0 exactly for m &gt; (c / (2 kappa^2 g))^2.
/// </summary>
public sealed class RscFrontierTests
{
    internal static RscProfile Profile(int width, double gbar, double c2, double[]? cosines = null, int seed = 1)
    {
        var cos = cosines ?? [0.9, 0.8, 0.7];
        var grid = new double[RscProfile.GridLastExponent - RscProfile.GridFirstExponent + 1];
        Array.Fill(grid, c2);
        return new RscProfile(width, seed, 5L * width, 0.5, 2, c2, grid, [.. cos.Select(_ => gbar)], cos,
            [.. cos.Skip(1).Select(_ => 0.9)], [.. cos.Select(_ => 1.0)], [0], [true], "Completed", 0);
    }

    [TestCase(0.5, 0.25, 17.5)]
    [TestCase(0.75, 0.036, 25.0)]
    [TestCase(0.25, 0.5, 4.0)]
    public void TheCrossingIsWhereTheThresholdMeetsAConstantAverageGradient(double kappa, double g, double c)
    {
        RscProfile[] profiles = [.. new[] { 1 << 10, 1 << 12, 1 << 14 }.Select(m => Profile(m, g, c))];
        var point = RscFrontier.At(profiles, kappa);
        var exact = Math.Pow(c / (2 * kappa * kappa * g), 2);
        Assert.That(point.Slope, Is.EqualTo(0.5).Within(Tolerances.ClosedForm));
        if (exact <= 1 << 10)
        {
            Assert.That(point.Crossing, Is.EqualTo(1 << 10), "a crossing below the smallest width run is reported at it");
        }
        else
        {
            Assert.That(point.Crossing!.Value, Is.EqualTo(exact).Within(Tolerances.Bisection * exact));
        }
        var firstMeasured = new[] { 1 << 10, 1 << 12, 1 << 14 }.Cast<int?>().FirstOrDefault(m => m > exact);
        Assert.That(point.FirstAllSeeds, Is.EqualTo(firstMeasured));
        Assert.That(point.ConeAdmitsStart, Is.EqualTo(kappa <= 0.9));
    }

    [Test]
    public void SeedsGiveTheRangeOfTheirOwnCrossings()
    {
        RscProfile[] profiles = [.. new[] { 1 << 10, 1 << 12 }.SelectMany(m => new[] { Profile(m, 0.2, 10, seed: 1), Profile(m, 0.4, 10, seed: 2) })];
        var point = RscFrontier.At(profiles, 0.5);
        Assert.That(point.CrossingLow!.Value, Is.EqualTo(Math.Pow(10 / (0.5 * 0.4), 2)).Within(Tolerances.Bisection * 2500));
        Assert.That(point.CrossingHigh!.Value, Is.EqualTo(Math.Pow(10 / (0.5 * 0.2), 2)).Within(Tolerances.Bisection * 10000));
    }

    [Test]
    public void ASeedWhoseStepLeavesTheConeIsCountedApart()
    {
        // Seed 2's GD step is outside Q_kappa at every step: alpha_t > 0 counts on seed 1 alone.
        RscProfile[] profiles = [.. new[] { 1 << 10, 1 << 14 }.SelectMany(m => new[] { Profile(m, 0.25, 17.5, seed: 1), Profile(m, 0.25, 17.5, [0.1, 0.1, 0.1], seed: 2) })];
        var point = RscFrontier.At(profiles, 0.75);
        Assert.That(point.Seeds, Is.EqualTo(2));
        Assert.That(point.SeedsAdmittingStart, Is.EqualTo(1));
        Assert.That(point.ConeAdmitsStart, Is.False);
        Assert.That(point.FirstAllSeeds, Is.Null);
        Assert.That(point.FirstSomeSeed, Is.EqualTo(1 << 14), "(17.5 / (2 (0.5625) 0.25))^2 ~ 3872 < 2^14");
        Assert.That(point.SeedsBitingAtTop, Is.EqualTo(1));
    }

    [Test]
    public void AnAverageGradientThatShrinksLikeOneOverMNeverCrosses()
    {
        RscProfile[] profiles = [.. new[] { 1 << 10, 1 << 12, 1 << 14 }.Select(m => Profile(m, 100.0 / m, 10))];
        var point = RscFrontier.At(profiles, 0.5);
        Assert.That(point.Slope, Is.EqualTo(-0.5).Within(Tolerances.ClosedForm));
        Assert.That(point.Crossing, Is.Null);
        Assert.That(point.FirstAllSeeds, Is.Null);
    }

    [Test]
    public void AStepOutsideTheConeIsNotAdmitted()
    {
        RscProfile[] profiles = [.. new[] { 1 << 10, 1 << 16 }.Select(m => Profile(m, 1, 1, [0.3, 0.2, 0.1]))];
        var point = RscFrontier.At(profiles, 0.5);
        Assert.That(point.ConeAdmitsStart, Is.False);
        Assert.That(point.FirstAllSeeds, Is.Null, "alpha_t > 0 counts only at steps whose cosine admits kappa");
    }
}
