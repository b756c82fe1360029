using BoundCheck.Bounds.Expressions;
using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Tests.Expressions;

/// <summary>
/// The explicit c_H of docs/derivations.md section 5. Expected L-growth derived by hand from the recurrences:
/// gamma = 1: h = 1 + |phi0|(l-1), T_l^2 = sum_k h(k)^2, Q ~ sum_l T_l^2, so phi0 = 0 gives L^2 and phi0 != 0 gives L^4;
/// gamma &lt; 1: h bounded, T_l bounded, Q ~ sum_l gamma^(L-l) = O(1), so c_H is bounded (for phi0 = 0 it even decays:
/// T_l^2 = l gamma^(2l-2)); gamma &gt; 1: h ~ gamma^l, T_l^2 ~ l gamma^(2l), Q ~ L gamma^(2L): exponential with base gamma^2.
/// </summary>
public sealed class ExplicitHessianGrowthTests
{
    private static readonly Definitions CH = Definitions.Parse(
        "gamma = sigma1 + rho / sqrt(m)",
        "h(l) = gamma^(l-1) + abs(phi0) * sum(i = 1..l-1, gamma^(i-1))",
        "T(l) = sqrt(sum(k = 1..l, gamma^(2*(l-k)) * h(k)^2))",
        "Q = beta_phi * sum(l = 1..L, gamma^(L-l) * T(l)^2) + (2/sqrt(m)) * sqrt(sum(l = 1..L, gamma^(2*(L-l)) * T(l-1)^2))",
        "c_H = T(L) + (1 + rho1) * Q");

    private static Growth InL(params string[] facts) =>
        GrowthAnalyzer.Analyze(Expr.Parse("c_H"), "L", CH, GrowthAssumptions.Parse(facts));

    [Test]
    public void InWidthTheBoundDecaysLikeInverseSquareRoot() =>
        Assert.That(GrowthAnalyzer.Analyze(Expr.Parse("c_H / sqrt(m)"), "m", CH), Is.EqualTo(new Power(new Rational(-1, 2), 0)));

    [Test]
    public void GammaOneWithZeroPhi0IsQuadratic() => Assert.That(InL("gamma = 1", "phi0 = 0"), Is.EqualTo(new Power(2, 0)));

    [Test]
    public void GammaOneWithNonzeroPhi0IsQuartic() => Assert.That(InL("gamma = 1"), Is.EqualTo(new Power(4, 0)));

    [TestCase("phi0 = 0")]
    [TestCase("phi0 > 0")]
    public void GammaBelowOneIsBounded(string phi0) => Assert.That(InL("gamma < 1", phi0), Is.EqualTo(Power.Constant));

    [Test]
    public void GammaAboveOneIsExponentialWithBaseGammaSquared() =>
        Assert.That(InL("gamma > 1"), Is.EqualTo(new Exponential(Expr.Parse("gamma^2"), new Power(1, 0))));

    [Test]
    public void WithNothingKnownAboutGammaBothRegimesAreReported() =>
        Assert.That(InL(), Is.EqualTo(new Exponential(Expr.Parse("gamma^2"), new Power(1, 0), new Power(4, 0))));

    [TestCase(1.0, 1.0, 4)]
    [TestCase(1.0, 0.0, 2)]
    public void NumericSlopeInLAgreesWithTheDerivedPower(double gamma, double phi0, double expected)
    {
        // log-log slope of c_H between L = 60 and L = 120 (evaluated by looping over the sums)
        double At(int l) => Evaluator.Evaluate(Expr.Parse("c_H"), EvalEnvironment.Of(new Dictionary<string, double>
        {
            ["gamma"] = gamma, ["phi0"] = phi0, ["L"] = l, ["m"] = 100, ["beta_phi"] = 1, ["rho1"] = 1,
        }, CH)).Value;
        var slope = Math.Log(At(120) / At(60)) / Math.Log(2);
        Assert.That(slope, Is.EqualTo(expected).Within(Tolerances.SlopeAtFiniteDepth));
    }

    [Test]
    public void NumericallyBoundedForGammaBelowOne()
    {
        double At(int l, double phi0) => Evaluator.Evaluate(Expr.Parse("c_H"), EvalEnvironment.Of(new Dictionary<string, double>
        {
            ["gamma"] = 0.9, ["phi0"] = phi0, ["L"] = l, ["m"] = 100, ["beta_phi"] = 1, ["rho1"] = 1,
        }, CH)).Value;
        Assert.That(At(120, 0.3) / At(60, 0.3), Is.EqualTo(1).Within(Tolerances.BoundedGrowthRatio), "linear growth would double");
        Assert.That(At(120, 0.0), Is.LessThan(At(60, 0.0)));
    }
}
