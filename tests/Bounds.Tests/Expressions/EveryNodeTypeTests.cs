using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Tests.Expressions;

/// <summary>Every node type (found by reflection) is handled by every operation.</summary>
public sealed class EveryNodeTypeTests
{
    private static readonly Sym X = new("x");

    private static readonly Dictionary<Type, Expr> Samples = new[]
    {
        new Num(2), X, new Neg(X), new Add(X, 1), new Sub(X, 1), new Mul(X, 2), new Div(X, 2), new Pow(X, 2),
        new Call(Builtin.Sqrt, X), new Min(X, 1), new Max(X, 1), (Expr)new Apply("f", ExprList.Of(X)),
        new Sum("i", new Num(1), new Num(3), new Mul(new Sym("i"), X)),
    }.ToDictionary(e => e.GetType());

    private static readonly Dictionary<string, Action<Expr>> Operations = new()
    {
        ["print"] = e => ExprPrinter.Print(e),
        ["latex"] = e => LatexPrinter.Print(e),
        ["substitute"] = e => Substitution.Replace(e, "x", new Num(3)),
        ["free symbols"] = e => FreeSymbols.Names(e),
        ["inline"] = e => Inliner.Inline(e, Definitions.Parse("f(y) = y^2")),
        ["evaluate"] = e => Evaluator.Evaluate(e, EvalEnvironment.Of(new Dictionary<string, double> { ["x"] = 2 }, Definitions.Parse("f(y) = y^2"))),
        ["simplify"] = e => Simplifier.Simplify(e),
        ["differentiate"] = e => Differentiator.Differentiate(Inliner.Inline(e, Definitions.Parse("f(y) = y^2")), "x"),
        ["growth"] = e => GrowthAnalyzer.Analyze(e, "x"),
        ["positivity"] = e => Positivity.IsPositive(e),
    };

    private static IEnumerable<Type> NodeTypes() =>
        typeof(Expr).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Expr)) && !t.IsAbstract);

    [Test]
    public void SamplesCoverEveryNodeType() =>
        Assert.That(Samples.Keys, Is.EquivalentTo(NodeTypes()));

    [Test]
    public void EveryOperationHandlesEveryNodeType([ValueSource(nameof(OperationNames))] string operation)
    {
        foreach (var type in NodeTypes())
        {
            Assert.That(() => Operations[operation](Samples[type]), Throws.Nothing, $"{operation} on {type.Name}");
        }
    }

    private static IEnumerable<string> OperationNames() => Operations.Keys;
}
