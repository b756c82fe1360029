using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Tests.Expressions;

public sealed class EvaluatorTests
{
    private static double Eval(string text, Dictionary<string, double> values, Definitions? definitions = null)
    {
        var outcome = Evaluator.Evaluate(Expr.Parse(text), EvalEnvironment.Of(values, definitions));
        Assert.That(outcome.Error, Is.Null, outcome.Error?.Message);
        return outcome.Value;
    }

    [Test]
    public void ArithmeticAndBuiltinsMatchClosedForms() =>
        Assert.That(Eval("sqrt(log(m)/(2*m)) + abs(-x)^2 - exp(1)", new() { ["m"] = 100, ["x"] = 3 }),
            Is.EqualTo(Math.Sqrt(Math.Log(100) / 200) + 9 - Math.E).Within(Tolerances.Exact));

    [Test]
    public void SumLoopsAndMatchesTheClosedForm() =>
        // sum_{i=1}^{n} i^2 = n(n+1)(2n+1)/6
        Assert.That(Eval("sum(i = 1..n, i^2)", new() { ["n"] = 20 }), Is.EqualTo(20 * 21 * 41 / 6.0).Within(Tolerances.Exact));

    [Test]
    public void EmptySumIsZero() => Assert.That(Eval("sum(i = 1..0, i)", []), Is.EqualTo(0).Within(Tolerances.Exact));

    [Test]
    public void SumBoundsWithinSlackOfAnIntegerAreRounded() =>
        Assert.That(Eval("sum(i = 1..n, 1)", new() { ["n"] = 3 + 1e-12 }), Is.EqualTo(3).Within(Tolerances.Exact));

    [Test]
    public void NonIntegerSumBoundIsAnError()
    {
        var outcome = Evaluator.Evaluate(Expr.Parse("sum(i = 1..n, 1)"), new Dictionary<string, double> { ["n"] = 2.5 });
        Assert.That(outcome.Error!.Reason, Does.Contain("non-integer"));
    }

    [Test]
    public void EveryUnboundSymbolIsListed()
    {
        var outcome = Evaluator.Evaluate(Expr.Parse("a + sum(i = 1..n, b * i) + f(c) + a"), new Dictionary<string, double>());
        Assert.That(outcome.Error!.UnboundSymbols, Is.EqualTo(new[] { "a", "b", "c", "n" }));
        Assert.That(outcome.Error.UnknownFunctions, Is.EqualTo(new[] { "f" }));
        Assert.That(outcome.Error.Message, Is.EqualTo("unbound symbol(s): a, b, c, n; unknown function(s): f"));
    }

    [Test]
    public void DefinitionsWithParametersMatchTheRecurrence()
    {
        // h(1) = 1, h(l+1) = gamma h(l) + |phi0| (docs/derivations.md section 2), written in closed form.
        var defs = Definitions.Parse("h(l) = gamma^(l-1) + abs(phi0) * sum(i = 1..l-1, gamma^(i-1))");
        double gamma = 1.3, phi0 = -0.4, h = 1;
        for (var l = 1; l <= 6; l++)
        {
            var values = new Dictionary<string, double> { ["gamma"] = gamma, ["phi0"] = phi0, ["l"] = l };
            Assert.That(Eval("h(l)", values, defs), Is.EqualTo(h).Within(Tolerances.Exact * 100));
            h = gamma * h + Math.Abs(phi0);
        }
    }

    [Test]
    public void ValuesTakePrecedenceOverDefinitionsAndDefinitionsAreLexical()
    {
        var defs = Definitions.Parse("gamma = sigma1 + rho / sqrt(m)", "f(x) = x * gamma");
        var values = new Dictionary<string, double> { ["sigma1"] = 1, ["rho"] = 2, ["m"] = 4, ["x"] = 100 };
        Assert.That(Eval("f(3)", values, defs), Is.EqualTo(6).Within(Tolerances.Exact));
        values["gamma"] = 5;
        Assert.That(Eval("f(3)", values, defs), Is.EqualTo(15).Within(Tolerances.Exact));
    }

    [Test]
    public void DefinitionCycleIsAnError()
    {
        var defs = Definitions.Parse("a = b + 1", "b = 2 * a");
        Assert.That(defs.FindCycle(), Is.EqualTo(new[] { "a", "b", "a" }));
        var outcome = Evaluator.Evaluate(Expr.Parse("a"), EvalEnvironment.Of(new Dictionary<string, double>(), defs));
        Assert.That(outcome.Error!.Reason, Is.EqualTo("definition cycle: a -> b -> a"));
    }

    [Test]
    public void InlineExpandsDefinitionsWithArguments()
    {
        var defs = Definitions.Parse("g = s + 1", "h(l) = g^l");
        Assert.That(Inliner.Inline(Expr.Parse("h(k - 1)"), defs), Is.EqualTo(Expr.Parse("(s + 1)^(k - 1)")));
    }

    [Test]
    public void SubstituteLeavesSumIndexAlone() =>
        Assert.That(Substitution.Replace(Expr.Parse("i + sum(i = 1..i, i)"), "i", new Sym("n")),
            Is.EqualTo(Expr.Parse("n + sum(i = 1..n, i)")));
}
