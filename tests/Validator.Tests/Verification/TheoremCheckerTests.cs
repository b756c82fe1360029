using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Tests.Verification;

public sealed class TheoremCheckerTests
{
    private const string Paper = """
        ```paper
        authors: A. Author
        title: A test paper
        venue: Nowhere 2026
        arxiv: 0000.00000v1
        ```

        """;

    private static Theorem Load(string body)
    {
        var text = Paper + "```theorem\n" + body + "\n```\n";
        var result = Theorems.LoadText(text, "test.md");
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        return result.Theorems.Single();
    }

    private static string Body(string claim, string extra = "") => $"""
        id: test.hessian
        title: test
        result: Theorem 1
        ref: none
        model: fc
        init: gaussian
        param L in N>=1
        param m in N>=2
        param rho >= 0
        {extra}
        claim hessian: hessian_norm_predictor <= {claim}   [derived]
          scope over spectral_ball(rho, 1) around init, for all inputs   [derived]
        """;

    private static TheoremCheck Check(Theorem theorem, double error = 1e-9, int points = 4, double m = 400) =>
        TheoremChecker.Check(theorem, new SettingSpec(new Dictionary<string, double> { ["m"] = m }, "tanh", "fake", 1, 10),
            new FakeProbe(new Dictionary<string, double>(), points, error));

    [Test]
    public void ATrueBoundHoldsWithItsTightnessAtTheWorstPoint()
    {
        var claim = Check(Load(Body("2/sqrt(m)"))).Claims.Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
        // worst point: index 3, measured 1.3/20, bound 2/20
        Assert.That(claim.Tightness, Is.EqualTo(0.65).Within(Tolerances.Arithmetic));
        Assert.That(claim.Witness!.Point, Is.EqualTo("point 3"));
        Assert.That(claim.Witness.Input, Is.EqualTo("x3"));
    }

    [Test]
    public void ABoundAThousandTimesTooSmallIsViolatedWithAWitness()
    {
        var claim = Check(Load(Body("1/(1000*sqrt(m))"))).Claims.Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Violated));
        Assert.That(claim.Reason, Does.Contain("4 of 4"));
        Assert.That(claim.Witness!.Setting, Does.StartWith("test.hessian/L3-m400"));
    }

    [Test]
    public void AnErrorBarStraddlingTheBoundIsInconclusive()
    {
        var claim = Check(Load(Body("1.3/sqrt(m)")), error: 0.01).Claims.Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void AFailedSymbolicHypothesisMakesTheClaimNotApplicable()
    {
        var claim = Check(Load(Body("2/sqrt(m)", "assume m >= 1000   [derived]"))).Claims.Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.NotApplicable));
        Assert.That(claim.Reason, Does.Contain("m >= 1000"));
        Assert.That(claim.Hypotheses.Single().Holds, Is.False);
        Assert.That(claim.Hypotheses.Single().Kind, Is.EqualTo(HypothesisKind.Symbolic));
    }

    [Test]
    public void APointDependentHypothesisSkipsOnlyThePointsWhereItFails()
    {
        // layer_distance_max = 0.5 * index <= rho = 1 holds at points 0, 1, 2 only.
        var claim = Check(Load(Body("1.25/sqrt(m)", "assume layer_distance_max <= rho   [derived]"))).Claims.Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
        Assert.That(claim.Reason, Does.Contain("1 of 4 points skipped"));
        Assert.That(claim.Hypotheses.Single().Detail, Does.Contain("held at 3 of 4"));
    }

    [Test]
    public void AnUnknownParameterIsBadInput()
    {
        var check = TheoremChecker.Check(Load(Body("2/sqrt(m)")),
            new SettingSpec(new Dictionary<string, double> { ["width"] = 4 }, "tanh", "fake", 1, 10),
            new FakeProbe(new Dictionary<string, double>(), 2, 0));
        Assert.That(check.Errors.Single(), Does.Contain("'width' is not a parameter of test.hessian"));
        Assert.That(check.Claims, Is.Empty);
    }

    [Test]
    public void AValueOutsideItsDomainIsBadInput()
    {
        var check = Check(Load(Body("2/sqrt(m)")), m: 1);
        Assert.That(check.Errors.Single(), Does.Contain("m = 1 is outside its domain"));
    }
}
