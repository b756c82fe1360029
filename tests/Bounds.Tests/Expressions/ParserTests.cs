using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Tests.Expressions;

public sealed class ParserTests
{
    private static readonly Sym X = new("x");

    [Test]
    public void UnaryMinusBindsLooserThanPower() =>
        Assert.That(Expr.Parse("-x^2"), Is.EqualTo(new Neg(new Pow(X, new Num(2)))));

    [Test]
    public void PowerIsRightAssociative() =>
        Assert.That(Expr.Parse("2^3^x"), Is.EqualTo(new Pow(new Num(2), new Pow(new Num(3), X))));

    [Test]
    public void ProductsBindTighterThanSumsAndAssociateLeft() =>
        Assert.That(Expr.Parse("1 - x / 2 * x"),
            Is.EqualTo(new Sub(new Num(1), new Mul(new Div(X, new Num(2)), X))));

    [TestCase("0.5", 1, 2)]
    [TestCase("1e-6", 1, 1000000)]
    [TestCase("2.5E3", 2500, 1)]
    [TestCase(".25", 1, 4)]
    public void DecimalLiteralsAreExactRationals(string text, int numerator, int denominator) =>
        Assert.That(Expr.Parse(text), Is.EqualTo(new Num(new Rational(numerator, denominator))));

    [TestCase("sigma0")]
    [TestCase("sigma_1")]
    [TestCase("c_H")]
    [TestCase("beta_phi")]
    [TestCase("σ0")]
    [TestCase("ρ")]
    [TestCase("activation.lipschitz")]
    public void IdentifiersAreSymbols(string name) => Assert.That(Expr.Parse(name), Is.EqualTo(new Sym(name)));

    [Test]
    public void FunctionsMinMaxAndNamedApplications()
    {
        Assert.That(Expr.Parse("sqrt(x)"), Is.EqualTo(new Call(Builtin.Sqrt, X)));
        Assert.That(Expr.Parse("max(x, 1)"), Is.EqualTo(new Max(X, new Num(1))));
        Assert.That(Expr.Parse("h(l - 1, x)"),
            Is.EqualTo(new Apply("h", ExprList.Of(new Sub(new Sym("l"), new Num(1)), X))));
    }

    [TestCase("sum(i = 1..L, i^2)")]
    [TestCase("sum(i=1..L,i^2)")]
    public void SumSyntaxWithAndWithoutSpaces(string text) =>
        Assert.That(Expr.Parse(text), Is.EqualTo(new Sum("i", new Num(1), new Sym("L"), new Pow(new Sym("i"), new Num(2)))));

    [TestCase("(x + 1", 1, 7, "')'", "end of input")]
    [TestCase("2x", 1, 2, "an operator (implicit multiplication is not allowed)", "'x'")]
    [TestCase("x +\n  * 3", 2, 3, "an expression", "'*'")]
    [TestCase("sqrt(x, y)", 1, 10, "1 argument to sqrt", "2")]
    [TestCase("x $ y", 1, 3, "an expression", "'$'")]
    [TestCase("sum(i 1..L, i)", 1, 7, "'='", "number '1'")]
    public void ErrorsCarryLineColumnExpectedAndFound(string text, int line, int column, string expected, string found)
    {
        var outcome = ExprParser.Parse(text);
        Assert.That(outcome.Error, Is.EqualTo(new ExprParseError(line, column, expected, found)));
    }

    [Test]
    public void ErrorPositionsAreOffsetIntoTheContainingFile()
    {
        var outcome = ExprParser.Parse("a *\n(b", firstLine: 10, firstColumn: 5);
        Assert.That((outcome.Error!.Line, outcome.Error.Column), Is.EqualTo((11, 3)));
        Assert.That(ExprParser.Parse("(b", 3, 5).Error!.Message, Is.EqualTo("3:7: expected ')' but found end of input"));
    }

    [Test]
    public void ParseThrowsFormatExceptionWithTheMessage() =>
        Assert.That(() => Expr.Parse("(x"), Throws.TypeOf<FormatException>().With.Message.EqualTo("1:3: expected ')' but found end of input"));

    [TestCase("a - (b - c)")]
    [TestCase("a - b - c")]
    [TestCase("a / (b * c)")]
    [TestCase("(a ^ b) ^ c")]
    [TestCase("(-a)^2")]
    [TestCase("-a^2")]
    [TestCase("a^-2")]
    [TestCase("-(-a)")]
    [TestCase("sum(i = 1..L - 1, gamma^(i - 1)) * h(l)")]
    [TestCase("min(a, b, c)")]
    public void PrintRoundTripsTrickyCases(string text)
    {
        var e = Expr.Parse(text);
        Assert.That(Expr.Parse(ExprPrinter.Print(e)), Is.EqualTo(e), ExprPrinter.Print(e));
    }

    [TestCase("a - (b - c)", "a - (b - c)")]
    [TestCase("((a * b)) + c", "a * b + c")]
    [TestCase("a^(1/2)", "a^(1 / 2)")]
    public void PrintUsesMinimalParentheses(string text, string printed) =>
        Assert.That(ExprPrinter.Print(Expr.Parse(text)), Is.EqualTo(printed));

    [Test]
    public void PrintRoundTripsOnSeededRandomExpressions()
    {
        var random = new RandomExpressions(seed: 20240611);
        for (var i = 0; i < 500; i++)
        {
            var e = random.Next(depth: 5);
            Assert.That(Expr.Parse(ExprPrinter.Print(e)), Is.EqualTo(e), ExprPrinter.Print(e));
        }
    }

    [Test]
    public void ExprListHasStructuralEquality()
    {
        var a = new Apply("h", ExprList.Of(X, new Num(1)));
        var b = new Apply("h", ExprList.Of(new Sym("x"), new Num(1)));
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }
}
