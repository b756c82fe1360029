using BoundCheck.Bounds.Expressions;
using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Tests.Expressions;

public sealed class GrowthComparisonTests
{
    private static GrowthVerdict V(Growth a, Growth b) => GrowthComparison.Compare(a, b).Verdict;

    [Test]
    public void PowersCompareByExponentThenLogExponent()
    {
        Assert.That(V(new Power(new Rational(-1, 2), 0), new Power(new Rational(-1, 2), 0)), Is.EqualTo(GrowthVerdict.Consistent));
        Assert.That(V(new Power(2, 0), new Power(5, 0)), Is.EqualTo(GrowthVerdict.Consistent));
        Assert.That(V(new Power(new Rational(-1, 2), 1), new Power(new Rational(-1, 2), 0)), Is.EqualTo(GrowthVerdict.Inconsistent));
    }

    [Test]
    public void ExponentialAgainstPolynomialForms()
    {
        var exp = new Exponential(Expr.Parse("gamma^2"), new Power(1, 0));
        Assert.That(V(new Power(4, 0), new Polynomial()), Is.EqualTo(GrowthVerdict.Consistent));
        Assert.That(V(exp, new Polynomial()), Is.EqualTo(GrowthVerdict.Inconsistent));
        Assert.That(V(exp, new Exponential(Expr.Parse("gamma^6"), new Polynomial())), Is.EqualTo(GrowthVerdict.Consistent));
        Assert.That(V(new Exponential(Expr.Parse("gamma^6"), new Power(0, 0)), exp), Is.EqualTo(GrowthVerdict.Inconsistent));
        Assert.That(V(new Polynomial(), new Power(3, 0)), Is.EqualTo(GrowthVerdict.NotDerivable));
    }

    [Test]
    public void ExplicitCHAgainstTheStatedFormOfTheorem41()
    {
        // stated O(poly(L) (1 + gamma^(6L)) (1 + rho1) / sqrt(m)), explicit c_H of docs/derivations.md, both in L with gamma unknown
        var stated = GrowthAnalyzer.Analyze(Expr.Parse("poly(L) * (1 + gamma^(6*L)) * (1 + rho1) / sqrt(m)"), "L");
        var explicitBound = new Exponential(Expr.Parse("gamma^2"), new Power(1, 0), new Power(4, 0));
        var result = GrowthComparison.Compare(explicitBound, stated);
        Assert.That(result.Verdict, Is.EqualTo(GrowthVerdict.Consistent), result.Message);
    }

    [Test]
    public void UnknownIsNotDerivable() =>
        Assert.That(V(new Unknown("x"), new Polynomial()), Is.EqualTo(GrowthVerdict.NotDerivable));

    [Test]
    public void JsonShapes()
    {
        Assert.That(GrowthJson.ToJson(new Power(new Rational(-1, 2), new Rational(1, 2)), "m").ToJsonString(),
            Is.EqualTo("{\"variable\":\"m\",\"kind\":\"power\",\"power\":\"-1/2\",\"logPower\":\"1/2\"}"));
        Assert.That(GrowthJson.ToJson(new Exponential(Expr.Parse("gamma^6"), Power.Constant)).ToJsonString(),
            Is.EqualTo("{\"kind\":\"exponential\",\"base\":\"gamma^6\",\"factor\":{\"kind\":\"power\",\"power\":\"0\",\"logPower\":\"0\"}}"));
        Assert.That(GrowthJson.ToJson(new Polynomial()).ToJsonString(), Is.EqualTo("{\"kind\":\"polynomial\"}"));
    }
}
