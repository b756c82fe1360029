using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using TheoremLibrary = BoundCheck.Bounds.Theorems.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

// Expected growths are those derived by hand in docs/derivations.md (section 5), not values read off the code.
public sealed class ConsistencyTests
{
    private static readonly LoadResult Library = TheoremLibrary.LoadDirectory(Repository.TheoremsDirectory());

    private static GrowthCheck Find(string theorem, string subject, string formLabel, string variable, string regime) =>
        Consistency.Check(Library.Find(theorem)!)
            .Single(c => c.Subject == subject && c.Form.StartsWith(formLabel, StringComparison.Ordinal) && c.Variable == variable && c.Regime == regime);

    [TestCase("gamma < 1")]
    [TestCase("gamma = 1")]
    [TestCase("gamma > 1")]
    public void ExplicitHessianDecaysLikeInverseSqrtWidthAndMatchesTheStatedForm(string regime)
    {
        var check = Find("banerjee2023.hessian_explicit", "hessian", "stated", "m", regime);
        Assert.That(check.ExplicitGrowth, Is.EqualTo("m^(-1/2)"));
        Assert.That(check.Verdict, Is.EqualTo(GrowthVerdict.Consistent), check.Message);
    }

    [TestCase("gamma < 1", GrowthVerdict.Consistent)]
    [TestCase("gamma = 1", GrowthVerdict.Consistent)]
    [TestCase("gamma > 1", GrowthVerdict.Inconsistent)]
    public void ExplicitHessianIsPolynomialInDepthOnlyWhenGammaIsAtMostOne(string regime, GrowthVerdict againstAbstract)
    {
        var check = Find("banerjee2023.hessian_explicit", "hessian", "abstract", "L", regime);
        Assert.That(check.Verdict, Is.EqualTo(againstAbstract), check.Message);
        // Exponential (base gamma) above 1; polynomial or bounded otherwise.
        Assert.That(check.ExplicitGrowth, regime == "gamma > 1" ? Does.Contain("gamma") : Does.Not.Contain("gamma"));
    }

    [Test]
    public void ExplicitHessianGrowsLikeLToTheFourthAtGammaOneWithNonzeroPhi0()
    {
        // docs/derivations.md section 5: for phi(0) != 0 and gamma = 1, h is linear, T_l^2 cubic and Q quartic: O(L^4).
        var check = Find("banerjee2023.hessian_explicit", "hessian", "stated", "L", "gamma = 1");
        Assert.That(check.ExplicitGrowth, Is.EqualTo("L^(4)"));
    }

    [Test]
    public void ExplicitHessianIsBelowTheRecalledGammaToTheSixLForm()
    {
        var check = Find("banerjee2023.hessian_explicit", "hessian", "stated", "L", "gamma > 1");
        Assert.That(check.Verdict, Is.EqualTo(GrowthVerdict.Consistent), check.Message);
    }

    [Test]
    public void RecalledTheoremFormIsExponentialInDepthForGammaAboveOneUnlikeTheAbstract()
    {
        var check = Find("banerjee2023.hessian", "hessian", "abstract", "L", "gamma > 1");
        Assert.That(check.Verdict, Is.EqualTo(GrowthVerdict.Inconsistent), check.Message);
        var below = Find("banerjee2023.hessian", "hessian", "abstract", "L", "gamma < 1");
        Assert.That(below.Verdict, Is.EqualTo(GrowthVerdict.Consistent), below.Message);
    }

    [Test]
    public void RscThresholdHasTheAbstractsOrderInWidth()
    {
        var check = Consistency.Check(Library.Find("banerjee2023.rsc")!).First(c => c.Subject == "rsc_threshold" && c.Variable == "m");
        Assert.That(check.ExplicitGrowth, Is.EqualTo("m^(-1/2)"));
        Assert.That(check.Verdict, Is.EqualTo(GrowthVerdict.Consistent), check.Message);
    }

    [Test]
    public void TheoremsWithoutWidthOrDepthHaveNoChecks()
    {
        Assert.That(Consistency.Check(Library.Find("chatterjee2022.gd")!), Is.Empty);
    }

    [Test]
    public void TheRscOrderIsComparedOnlyInTheRegimeThePaperStatesItFor()
    {
        // "for suitable sigma0^2" (gamma <= 1): above 1 BoundCheck's own c2 is exponential in L, not the paper's.
        var regimes = Consistency.Check(Library.Find("banerjee2023.rsc")!).Where(c => c.Subject == "rsc_threshold" && c.Variable == "L").Select(c => c.Regime);
        Assert.That(regimes, Is.EquivalentTo(new[] { "gamma < 1", "gamma = 1" }));
    }

    [TestCase(Relation.LessOrEqual, Relation.Less, true)]
    [TestCase(Relation.LessOrEqual, Relation.Equal, true)]
    [TestCase(Relation.LessOrEqual, Relation.Greater, false)]
    [TestCase(Relation.Less, Relation.Equal, false)]
    [TestCase(Relation.GreaterOrEqual, Relation.Less, false)]
    [TestCase(Relation.Equal, Relation.Equal, true)]
    public void AConditionAllowsTheRegimesItIntersects(Relation condition, Relation regime, bool allowed)
    {
        Assert.That(new FormCondition("gamma", condition, 1).Allows(regime, 1), Is.EqualTo(allowed));
    }
}
