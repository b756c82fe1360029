using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification;

public sealed class ReproductionSeedsTests
{
    private static SettingSpec Spec(int seed) => new(new Dictionary<string, double>(), "tanh", "synthetic:n=4,d=8", seed, 10);

    [Test]
    public void ProvenanceSeedsAreEveryCheckSeedAndEverySweepSeed()
    {
        Experiment[] plan = [new("a.x", "one", "", Spec(7), []), new("a.y", "grid", "", Spec(1), ["m=8,16"], Seeds: 3)];
        Assert.That(Analyses.Seeds(plan), Is.EqualTo(new[] { 1, 2, 3, 7 }));
    }

    [Test]
    public void AnAnalysisAddsTheSeedsItNames()
    {
        Experiment[] plan = [new("chatterjee2022.network", "init-comparison", "", Spec(1), [], Seeds: 5, Analysis: "init-comparison",
                Arguments: new Dictionary<string, string> { ["corollary-seeds"] = "3" }),
            new("banerjee2023.gd", "regime", "", Spec(9), [], Seeds: 2, Analysis: "rsc-regime")];
        Assert.That(Analyses.Seeds(plan), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 9, 10 }));
    }

    [Test]
    public void ARateOverSeedsAddsTheSeedsItDraws()
    {
        // The E0 rate draws its own seeds 1..EventSeeds; provenance listed only 1..5 on 84a2d2e.
        var theorem = Scaling.ShippedTheorems.Get("banerjee2023.init_event");
        Experiment[] plan = [new("banerjee2023.init_event", "e0-rate", "", Spec(1), ["m=16,32"], Seeds: 1)];
        Assert.That(Analyses.Seeds(plan, [theorem]), Is.EqualTo(Enumerable.Range(1, BoundCheck.Validator.Verification.Quantities.InitEventRate.EventSeeds)));
    }
}
