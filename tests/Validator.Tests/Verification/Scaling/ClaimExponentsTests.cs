using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class ClaimExponentsTests
{
    private static readonly Dictionary<string, double> Setting = new() { ["sigma1"] = 1, ["rho"] = 1, ["rho1"] = 1, ["m"] = 256, ["L"] = 3 };

    // Theorem 4.1 of arXiv:2209.15106v1 (reconstructed): O(poly(L)(1 + gamma^(6L))(1 + rho1)/sqrt(m)) has exponent -1/2 in m (gamma -> sigma1).
    [TestCase("banerjee2023.hessian")]
    [TestCase("banerjee2023.hessian_explicit")]
    public void StatedFormOfTheHessianClaimDecaysAsInverseSquareRootOfWidth(string id)
    {
        var theorem = ShippedTheorems.Get(id);
        var growth = ClaimExponents.Claimed(theorem, theorem.FindClaim("hessian")!, "m", Setting);
        Assert.That(growth.Exponent, Is.EqualTo(-0.5).Within(Tolerances.ExactExponent));
    }

    // docs/derivations.md section 5: c_H/sqrt(m) with c_H bounded in m.
    [Test]
    public void ExplicitBoundHasTheSameWidthExponent()
    {
        var theorem = ShippedTheorems.Get("banerjee2023.hessian_explicit");
        var growth = ClaimExponents.Bound(theorem, theorem.FindClaim("hessian")!, "m", Setting);
        Assert.That(growth.Exponent, Is.EqualTo(-0.5).Within(Tolerances.ExactExponent));
    }

    // gamma = sigma1 + rho/sqrt(m) > 1: gamma^(6L) grows at rate 6 ln(gamma) per layer.
    [Test]
    public void DepthGrowthIsExponentialWithRateSixLogGammaWhenGammaExceedsOne()
    {
        var theorem = ShippedTheorems.Get("banerjee2023.hessian");
        var growth = ClaimExponents.Claimed(theorem, theorem.FindClaim("hessian")!, "L", Setting);
        var gamma = 1 + 1 / Math.Sqrt(256);
        Assert.That(growth.Rate, Is.EqualTo(6 * Math.Log(gamma)).Within(Tolerances.ExactExponent));
        Assert.That(growth.Polynomial, Is.False);
    }

    // sigma1 = 0.5, rho = 1, m = 256: gamma = 0.5625 <= 1, so poly(L) (the abstract's "suitable sigma0^2").
    [Test]
    public void DepthGrowthIsPolynomialWhenGammaIsAtMostOne()
    {
        var theorem = ShippedTheorems.Get("banerjee2023.hessian");
        var growth = ClaimExponents.Claimed(theorem, theorem.FindClaim("hessian")!, "L", new Dictionary<string, double>(Setting) { ["sigma1"] = 0.5 });
        Assert.That(growth.Polynomial, Is.True);
        Assert.That(growth.Rate, Is.Null);
    }
}
