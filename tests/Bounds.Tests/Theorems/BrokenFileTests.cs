using BoundCheck.Bounds.Theorems;
using TheoremLibrary = BoundCheck.Bounds.Theorems.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

public sealed class BrokenFileTests
{
    // Line 1 is the heading; the theorem block's content starts on line 9.
    private const string Header = """
        # A paper

        ```paper
        authors: A. Author
        title: A title
        venue: Venue 2024
        arxiv: 2401.00001v1
        ```
        ```theorem
        """;

    private static LoadError SingleError(string body)
    {
        var result = TheoremLibrary.LoadText(Header + "\n" + body + "\n```\n", "x.md");
        Assert.That(result.Theorems, Is.Empty);
        Assert.That(result.Errors, Has.Count.GreaterThanOrEqualTo(1), "expected an error");
        return result.Errors[0];
    }

    private const string Minimal = """
        id: paper2024.thing
        title: T
        result: Theorem 1
        model: fc
        param m in N>=2
        """;

    [Test]
    public void AWellFormedBlockLoads()
    {
        var result = TheoremLibrary.LoadText(Header + "\n" + Minimal + "\nclaim c: hessian_norm_predictor <= 1/sqrt(m)   [derived]\n  scope at init [derived]\n```\n", "x.md");
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        Assert.That(result.Theorems.Single().Claims.Single().Bound.ToString(), Is.EqualTo("1 / sqrt(m)"));
    }

    [TestCase("claim c: hessian_norm_predictor <= 1/sqrt(m)\n  scope at init [derived]", 15, 45, "provenance tag")]
    [TestCase("define g = m^2   [?]\nclaim c: loss <= g [derived]\n  scope at init [derived]", 15, 18, "[?]")]
    [TestCase("define g = m^2   [guessed]\nclaim c: loss <= g [derived]\n  scope at init [derived]", 15, 18, "unknown provenance tag")]
    [TestCase("claim c: hessian_norm_predictor <= gamma/sqrt(m) [derived]\n  scope at init [derived]", 15, 36, "unknown symbol 'gamma'")]
    [TestCase("claim c: hesian_norm <= 1/sqrt(m) [derived]\n  scope at init [derived]", 15, 10, "'hesian_norm' is not one")]
    [TestCase("claim c: hessian_norm_predictor <= poly(m)/sqrt(m) [derived]\n  scope at init [derived]", 15, 36, "unknown function 'poly'")]
    [TestCase("claim c: hessian_norm_predictor <= 1/sqrt(m [derived]\n  scope at init [derived]", 15, 44, "expected ')'")]
    [TestCase("assume m <= 3 <= 4 [derived]\nclaim c: loss <= 1 [derived]\n  scope at init [derived]", 15, 15, "exactly one relation")]
    [TestCase("assume activation.lipshitz <= 1 [derived]\nclaim c: loss <= 1 [derived]\n  scope at init [derived]", 15, 8, "unknown symbol 'activation.lipshitz'")]
    [TestCase("define g = 2*h(m) [derived]\ndefine h(x) = x [derived]\nclaim c: loss <= g [derived]\n  scope at init [derived]", 15, 14, "unknown function 'h'")]
    [TestCase("define h(x) = x [derived]\nclaim c: loss <= h(m, m) [derived]\n  scope at init [derived]", 16, 18, "takes 1 argument(s), not 2")]
    [TestCase("claim c: loss <= 1 [derived]", 15, 7, "has no scope")]
    [TestCase("claim c: loss <= 1 [derived]\n  scope around the moon [derived]", 16, 9, "expected a scope")]
    [TestCase("claim c: loss <= 1 [derived]\n  scope over euclidean_ball(1, 2) around init [derived]", 16, 29, "takes 1 radius")]
    [TestCase("param rho between 0 and 1\nclaim c: loss <= 1 [derived]\n  scope at init [derived]", 15, 11, "expected a domain")]
    [TestCase("  scope at init [derived]", 15, 3, "belongs to a claim")]
    [TestCase("frobnicate m\nclaim c: loss <= 1 [derived]\n  scope at init [derived]", 15, 1, "unknown key 'frobnicate'")]
    public void ErrorsNameFileLineAndColumn(string body, int line, int column, string message)
    {
        var error = SingleError(Minimal + "\n" + body);
        Assert.That(error.File, Is.EqualTo("x.md"));
        Assert.That(error.Message, Does.Contain(message));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.ToString());
    }

    [Test]
    public void MissingKeysAndClaimsAreReportedAtTheOpeningFence()
    {
        var result = TheoremLibrary.LoadText(Header + "\nid: paper2024.thing\n```\n", "x.md");
        Assert.That(result.Errors.Select(e => e.ToString()), Has.Some.StartsWith("x.md:9:1: theorem block has no 'title:' line"));
        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains("has no claim"));
    }

    [Test]
    public void AnUnclosedFenceIsAnError()
    {
        var result = TheoremLibrary.LoadText(Header + "\n" + Minimal + "\n", "x.md");
        Assert.That(result.Errors.Select(e => e.ToString()), Has.Some.StartsWith("x.md:9:1: fenced block is never closed"));
    }

    [Test]
    public void AFileWithoutPaperBlockIsAnError()
    {
        var result = TheoremLibrary.LoadText("# x\n```theorem\n" + Minimal + "\n```\n", "x.md");
        Assert.That(result.Errors.Single().Message, Does.Contain("exactly one ```paper block"));
    }

    [Test]
    public void PolyIsAllowedInStatedFormsAndUnknownConstants()
    {
        var body = Minimal + "\nparam L in N>=1\nclaim c: hessian_norm_predictor <= 1/sqrt(m) [reconstructed]\n  constant unknown poly(L)\n  scope at init [reconstructed]\n  stated O(poly(L)/sqrt(m)) [verbatim]";
        var result = TheoremLibrary.LoadText(Header + "\n" + body + "\n```\n", "x.md");
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        var claim = result.Theorems.Single().Claims.Single();
        Assert.That(claim.ConstantKnown, Is.False);
        Assert.That(claim.UnknownFactor!.ToString(), Is.EqualTo("poly(L)"));
        Assert.That(claim.Stated.Single().Kind, Is.EqualTo(AsymptoticKind.BigO));
        Assert.That(result.Theorems.Single().ProvenanceSummary, Is.EqualTo("1 verbatim, 2 reconstructed"));
        Assert.That(result.Theorems.Single().Status, Is.EqualTo("needs-PDF-check"));
    }
}
