using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Tests.Expressions;

public sealed class LatexPrinterTests
{
    [TestCase("sigma0", @"\sigma_{0}")]
    [TestCase("sigma_1", @"\sigma_{1}")]
    [TestCase("rho1", @"\rho_{1}")]
    [TestCase("beta_phi", @"\beta_{\phi}")]
    [TestCase("gamma", @"\gamma")]
    [TestCase("c_H", @"c_{H}")]
    [TestCase("σ0", @"\sigma_{0}")]
    [TestCase("x", "x")]
    [TestCase("activation.lipschitz", @"\mathrm{activation.lipschitz}")]
    [TestCase("c_H / sqrt(m)", @"\frac{c_{H}}{\sqrt{m}}")]
    [TestCase("sqrt(log(m) / (2 * m))", @"\sqrt{\frac{\log\left(m\right)}{2 m}}")]
    [TestCase("abs(phi0) * exp(-x)", @"\left|\phi_{0}\right| \exp\left(-x\right)")]
    [TestCase("gamma^(6 * L)", @"\gamma^{6 L}")]
    [TestCase("(1 + rho / sqrt(m))^3", @"\left(1 + \frac{\rho}{\sqrt{m}}\right)^{3}")]
    [TestCase("sum(l = 1..L, gamma^(L - l) * T(l)^2)", @"\sum_{l=1}^{L} \gamma^{L - l} T\left(l\right)^{2}")]
    [TestCase("min(a, b) + max(a, b)", @"\min\left(a, b\right) + \max\left(a, b\right)")]
    [TestCase("2 * 3 * x", @"2 \cdot 3 x")]
    [TestCase("x * 2", @"x \cdot 2")]
    [TestCase("poly(L) * (1 + rho1)", @"\operatorname{poly}\left(L\right) \left(1 + \rho_{1}\right)")]
    [TestCase("a - (b - c)", @"a - \left(b - c\right)")]
    [TestCase("sqrt(x)^2", @"\left(\sqrt{x}\right)^{2}")]
    [TestCase("0.5 * x", @"0.5 x")]
    public void Goldens(string input, string latex) => Assert.That(LatexPrinter.Print(Expr.Parse(input)), Is.EqualTo(latex));

    [Test]
    public void NonDecimalFractionsUseFrac() =>
        Assert.That(LatexPrinter.Print(new Num(new Rational(-1, 3))), Is.EqualTo(@"-\frac{1}{3}"));
}
