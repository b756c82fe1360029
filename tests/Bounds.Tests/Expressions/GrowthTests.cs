using BoundCheck.Bounds.Expressions;
using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Tests.Expressions;

public sealed class GrowthTests
{
    private static Growth G(string text, string v, Definitions? defs = null, params string[] facts) =>
        GrowthAnalyzer.Analyze(Expr.Parse(text), v, defs, GrowthAssumptions.Parse(facts));

    private static Power P(int num, int den = 1, int logNum = 0, int logDen = 1) => new(new Rational(num, den), new Rational(logNum, logDen));

    [TestCase("sqrt(log(m)/(2*m))", "m", -1, 2, 1, 2)]
    [TestCase("L^5 + L^2", "L", 5, 1, 0, 1)]
    [TestCase("(1 + rho/sqrt(m))^3 / sqrt(m)", "m", -1, 2, 0, 1)]
    [TestCase("sum(l = 1..L, l^2)", "L", 3, 1, 0, 1)]
    [TestCase("sum(l = 1..L, 1/l)", "L", 0, 1, 1, 1)]
    [TestCase("sum(l = 1..L, l^(-2))", "L", 0, 1, 0, 1)]
    [TestCase("sum(l = 1..2*L - 1, sqrt(l))", "L", 3, 2, 0, 1)]
    [TestCase("log(m^3 + m)", "m", 0, 1, 1, 1)]
    [TestCase("exp(-m) + 1/m", "m", -1, 1, 0, 1)]
    [TestCase("min(m, m^2) * max(1, log(m))", "m", 1, 1, 1, 1)]
    [TestCase("sigma1 * L^2", "m", 0, 1, 0, 1)]
    [TestCase("sum(i = 1..3, i * m^i)", "m", 3, 1, 0, 1)]
    public void PowerLaws(string text, string v, int a, int aDen, int b, int bDen) =>
        Assert.That(G(text, v), Is.EqualTo(P(a, aDen, b, bDen)));

    [Test]
    public void ExponentialWithBaseUnknownAgainstOneCarriesTheBoundedCase()
    {
        var g = G("gamma^(6*L)", "L");
        Assert.That(g, Is.EqualTo(new Exponential(Expr.Parse("gamma^6"), P(0), P(0))));
    }

    [TestCase("gamma <= 1")]
    [TestCase("gamma < 1")]
    [TestCase("gamma = 1")]
    public void ExponentialIsBoundedWhenTheBaseIsAtMostOne(string fact) =>
        Assert.That(G("gamma^(6*L)", "L", null, fact), Is.EqualTo(P(0)));

    [Test]
    public void ExponentialWhenTheBaseExceedsOne()
    {
        Assert.That(G("gamma^(6*L)", "L", null, "gamma > 1"), Is.EqualTo(new Exponential(Expr.Parse("gamma^6"), P(0))));
        Assert.That(G("2^L * L^3", "L"), Is.EqualTo(new Exponential(new Num(2), P(3))));
        Assert.That(G("exp(2*L)", "L"), Is.EqualTo(new Exponential(Expr.Parse("exp(2)"), P(0))));
    }

    [Test]
    public void GeometricSums()
    {
        Assert.That(G("sum(l = 1..L, 3^l)", "L"), Is.EqualTo(new Exponential(new Num(3), P(0))));
        Assert.That(G("sum(l = 1..L, (1/2)^l * l^4)", "L"), Is.EqualTo(P(0)));
        Assert.That(G("sum(l = 1..L, c^l)", "L", null, "c = 1"), Is.EqualTo(P(1)));
    }

    [Test]
    public void FactsOnADefinedSymbolApplyToItsBody()
    {
        var defs = Definitions.Parse("gamma = sigma1 + rho / sqrt(m)");
        Assert.That(G("(sigma1 + rho / sqrt(m))^L", "L", defs, "gamma > 1"),
            Is.EqualTo(new Exponential(Simplifier.Simplify(Expr.Parse("sigma1 + rho / sqrt(m)")), P(0))));
    }

    [Test]
    public void DefinitionsThatDependOnTheVariableAreInlined()
    {
        var defs = Definitions.Parse("gamma = sigma1 + rho / sqrt(m)", "c_H(g) = g^3 + 1");
        Assert.That(G("c_H(gamma) / sqrt(m)", "m", defs), Is.EqualTo(P(-1, 2)));
        Assert.That(G("gamma^(6*L) / sqrt(m)", "m", defs), Is.EqualTo(P(-1, 2)));
    }

    [Test]
    public void UnspecifiedPolynomials()
    {
        Assert.That(G("poly(L) * (1 + gamma^(6*L)) / sqrt(m)", "m"), Is.EqualTo(P(-1, 2)));
        Assert.That(G("poly(L) / sqrt(m)", "L"), Is.EqualTo(new Polynomial()));
    }

    [TestCase("exp(m^2)", "super-exponential")]
    [TestCase("m^m", "both base and exponent")]
    [TestCase("f(m)", "unknown function f")]
    public void UnknownCarriesAReason(string text, string reason) =>
        Assert.That(((Unknown)G(text, "m")).Reason, Does.Contain(reason));
}
