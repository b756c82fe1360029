using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Tests.Expressions;

public sealed class DifferentiatorTests
{
    private const double Step = 1e-5;

    [TestCase("x^3 * y", "3 * x^2 * y")]
    [TestCase("sqrt(x)", "1 / (2 * sqrt(x))")]
    [TestCase("log(x)", "1 / x")]
    [TestCase("y", "0")]
    public void ClosedForms(string input, string expected) =>
        Assert.That(Differentiator.Differentiate(Expr.Parse(input), "x"), Is.EqualTo(Simplifier.Simplify(Expr.Parse(expected))));

    [Test]
    public void AgreesWithCentralFiniteDifferencesOnSeededRandomExpressions()
    {
        var random = new RandomExpressions(seed: 3);
        var compared = 0;
        for (var i = 0; i < 400; i++)
        {
            var e = random.Next(depth: 4);
            var derivative = Differentiator.Differentiate(e, "x");
            var point = random.Point();
            var fd = CentralDifference(e, point);
            var exact = Evaluator.Evaluate(derivative, point).Value;
            // Skip points near kinks of abs/min/max and where the finite difference itself is ill-conditioned.
            if (!double.IsFinite(fd) || !double.IsFinite(exact) || Math.Abs(fd) > 1e6 || NearKink(e, point))
            {
                continue;
            }
            compared++;
            Assert.That(exact, Is.EqualTo(fd).Within(Tolerances.FiniteDifference * Math.Max(1, Math.Abs(fd))),
                $"d/dx {ExprPrinter.Print(e)} = {ExprPrinter.Print(derivative)}");
        }
        Assert.That(compared, Is.GreaterThan(250));
    }

    [Test]
    public void SumsDifferentiateTermByTerm()
    {
        var e = Expr.Parse("sum(i = 1..4, x^i)");
        var point = new Dictionary<string, double> { ["x"] = 1.3 };
        // d/dx sum_{i=1}^{4} x^i = 1 + 2x + 3x^2 + 4x^3
        Assert.That(Evaluator.Evaluate(Differentiator.Differentiate(e, "x"), point).Value,
            Is.EqualTo(1 + 2 * 1.3 + 3 * 1.3 * 1.3 + 4 * Math.Pow(1.3, 3)).Within(Tolerances.Exact * 100));
    }

    [Test]
    public void NamedFunctionsMustBeInlinedFirst() =>
        Assert.That(() => Differentiator.Differentiate(Expr.Parse("h(x)"), "x"), Throws.TypeOf<NotSupportedException>());

    private static double CentralDifference(Expr e, Dictionary<string, double> point)
    {
        double At(double x) => Evaluator.Evaluate(e, new Dictionary<string, double>(point) { ["x"] = x }).Value;
        return (At(point["x"] + Step) - At(point["x"] - Step)) / (2 * Step);
    }

    // A kink within a few steps makes the central difference meaningless there: compare one-sided slopes.
    private static bool NearKink(Expr e, Dictionary<string, double> point)
    {
        double At(double x) => Evaluator.Evaluate(e, new Dictionary<string, double>(point) { ["x"] = x }).Value;
        var x0 = point["x"];
        var left = (At(x0) - At(x0 - 100 * Step)) / (100 * Step);
        var right = (At(x0 + 100 * Step) - At(x0)) / (100 * Step);
        return Math.Abs(left - right) > 0.1 * Math.Max(1, Math.Abs(left) + Math.Abs(right));
    }
}
