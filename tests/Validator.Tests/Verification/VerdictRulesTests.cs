using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using Closed = System.Func<BoundCheck.Validator.Verification.Probing.ProbePoint, System.Collections.Generic.IReadOnlyDictionary<string, double>, BoundCheck.Validator.Verification.Probing.Measurement>;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>
/// The verdict rules of issue 10 on a fake probe (closed forms per point, so only the judging is under test): each
/// test failed on 84a2d2e, where the claim came out `holds`.
/// </summary>
public sealed class VerdictRulesTests
{
    private static Theorem Load(string body)
    {
        var text = "```paper\nauthors: A. Author\ntitle: T\nvenue: V\narxiv: 0000.00000v1\n```\n\n```theorem\n" + body + "\n```\n";
        var result = Theorems.LoadText(text, "test.md");
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        return result.Theorems.Single();
    }

    private static string Body(string lines) => "id: test.t\ntitle: t\nresult: Theorem 1\nmodel: fc\nparam m in N>=2\n" + lines;

    private static Measurement Exact(double value) => new(value, 0, "closed form", 0, MeasurementExit.Exact, 0);

    private static ClaimResult Check(string lines, Dictionary<string, Closed>? extra = null, Dictionary<string, double>? declared = null,
        int points = 4, Dictionary<string, double>? bindings = null)
    {
        var theorem = Load(Body(lines));
        var spec = new SettingSpec(bindings ?? new Dictionary<string, double> { ["m"] = 400 }, "tanh", "fake", 1, 10);
        var check = TheoremChecker.Check(theorem, spec, new FakeProbe(new Dictionary<string, double>(), points, 0, extra, declared));
        Assert.That(check.Errors, Is.Empty, string.Join("; ", check.Errors));
        return check.Claims.Single();
    }

    private const string Hessian = "claim h: hessian_norm_predictor <= 1   [derived]\n  scope at init   [derived]";

    [Test]
    public void AnInfiniteMeasuredSideMakesTheHypothesisUndecidedAndTheClaimInconclusive()
    {
        // A CSV row of 1e308 gives input_norm_max = Infinity; Infinity <= 4 was "yes".
        var claim = Check("assume input_norm_max <= 4   [derived]\n" + Hessian,
            new() { ["input_norm_max"] = (_, _) => Exact(double.PositiveInfinity) });
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Inconclusive), claim.Reason);
        Assert.That(claim.Hypotheses.Single().Holds, Is.Null);
        Assert.That(claim.Reason, Does.Contain("not finite"));
    }

    [Test]
    public void ABoundThatEvaluatesToInfinityIsInconclusive()
    {
        var claim = Check("claim h: hessian_norm_predictor <= exp(1000)   [derived]\n  scope at init   [derived]");
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Inconclusive), claim.Reason);
        Assert.That(claim.Reason, Does.Contain("Infinity"));
    }

    [Test]
    public void AStrictHypothesisIsFalseAtEquality()
    {
        // activation.min_derivative = 0 > 0 was "yes" (chatterjee2022.network).
        var claim = Check("assume activation.min_derivative > 0   [derived]\n" + Hessian);
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.NotApplicable), claim.Reason);
        Assert.That(claim.Hypotheses.Single().Holds, Is.False);
    }

    [Test]
    public void AStrictClaimIsViolatedAtEquality()
    {
        var claim = Check("claim h: hessian_norm_predictor < 1/20   [derived]\n  scope at init   [derived]");
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Violated), "measured 1/sqrt(400) = 1/20 is not < 1/20");
    }

    [Test]
    public void AMeasuredHypothesisIsDecidedWithItsErrorBarAgainstIt()
    {
        // 0.999 <= 1 at the value, but the error bar 0.01 reaches 1.009: undecided, so the claim cannot hold.
        var claim = Check("assume init_spectral_max <= 1   [derived]\n" + Hessian,
            new() { ["init_spectral_max"] = (_, _) => new Measurement(0.999, 0.01, "lanczos", 3, MeasurementExit.Converged, 0) });
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Inconclusive), claim.Reason);
        Assert.That(claim.Hypotheses.Single().Detail, Does.Contain("straddle"));
        var clear = Check("assume init_spectral_max <= 1   [derived]\n" + Hessian,
            new() { ["init_spectral_max"] = (_, _) => new Measurement(0.95, 0.01, "lanczos", 3, MeasurementExit.Converged, 0) });
        Assert.That(clear.Verdict, Is.EqualTo(Verdict.Holds), clear.Reason);
    }

    [Test]
    public void ANegativeLowerBoundOnANonNegativeQuantityIsVacuous()
    {
        var claim = Check("claim h: hessian_norm_predictor >= -4.7   [derived]\n  scope at init   [derived]");
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Vacuous), claim.Reason);
        Assert.That(claim.Reason, Does.Contain("non-negative"));
    }

    [Test]
    public void ALowerBoundAtOrBelowZeroOnTheRscModulusIsVacuous()
    {
        // banerjee2023.rsc: 0.008929 >= -4.724 was `holds`.
        var claim = Check("claim rsc: rsc_modulus >= -4.724   [derived]\n  scope at init   [derived]",
            new() { ["rsc_modulus"] = (_, _) => Exact(0.008929) });
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Vacuous), claim.Reason);
        Assert.That(claim.Reason, Does.Contain("restricted strong convexity"));
        Assert.That(claim.Tightness, Is.Null);
    }

    [Test]
    public void AnUpperBoundAtTheTopOfTheRangeIsVacuous()
    {
        var claim = Check("claim c: step_cosine <= 1   [derived]\n  scope at init   [derived]",
            new() { ["step_cosine"] = (_, _) => Exact(0.3) });
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Vacuous), claim.Reason);
    }

    private static readonly Dictionary<string, Closed> Decaying = new()
    {
        // loss_t = loss0 exp(-2 t): the claim loss <= exp(-t) loss0 is an identity at t = 0 and has gap e^-t after.
        ["loss"] = (p, _) => Exact(0.05 * Math.Exp(-2.0 * p.Step!.Value)),
        ["loss0"] = (_, _) => Exact(0.05),
        ["step"] = (p, _) => Exact(p.Step!.Value),
    };

    [Test]
    public void TheStepZeroIdentityIsLeftOutOfTightnessAndWitness()
    {
        var claim = Check("claim rate: loss <= exp(-step)*loss0   [derived]\n  scope along gd   [derived]", Decaying);
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
        Assert.That(claim.Witness!.Point, Is.Not.EqualTo("init"));
        // Informative points 1..3: the worst (largest) ratio exp(-2t)/exp(-t) = exp(-t) is at t = 1.
        Assert.That(claim.Tightness, Is.EqualTo(Math.Exp(-1)).Within(Tolerances.Arithmetic));
        Assert.That(claim.Excluded, Does.Contain("init").And.Contain("identity"));
    }

    [Test]
    public void AClaimThatIsAnIdentityAtEveryPointIsVacuous()
    {
        var claim = Check("claim rate: loss <= exp(-step)*loss0   [derived]\n  scope at init   [derived]", Decaying, points: 1);
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Vacuous), claim.Reason);
    }

    [Test]
    public void ARankClaimReportsItsMarginInsteadOfARatioOfOne()
    {
        var claim = Check("param n in N>=1\nclaim full_rank: feature_rank >= n   [derived]\n  scope at init   [derived]",
            new()
            {
                ["feature_rank"] = (_, _) => Exact(8),
                ["feature_sigma_ratio"] = (_, _) => Exact(0.0123),
                ["feature_rank_tolerance"] = (_, _) => Exact(7e-15),
            });
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
        Assert.That(claim.Tightness, Is.Null);
        Assert.That(claim.Margin, Does.Contain("feature_sigma_ratio = 0.0123").And.Contain("feature_rank_tolerance = 7E-15"));
    }

    private static Dictionary<string, Closed> Estimated(PathKey? path) => new(Decaying)
    {
        ["pl_alpha_estimate"] = (_, _) => Exact(1.5) with { UsesPath = path },
    };

    private const string Rate = "param eta > 0\ndefine alpha = pl_alpha_estimate   [derived]\nclaim rate: loss <= exp(-alpha*step)*loss0   [derived]\n  scope along gd   [derived]";

    [Test]
    public void AClaimJudgedOnThePointsItsConstantWasEstimatedFromIsConsistentByConstruction()
    {
        var bindings = new Dictionary<string, double> { ["m"] = 400, ["eta"] = 0.1 };
        var claim = Check(Rate, Estimated(new PathKey(0.1, 10)), bindings: bindings);
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.ConsistentByConstruction), claim.Reason);
        Assert.That(claim.Estimates!.Single(), Does.Contain("pl_alpha_estimate = 1.5").And.Contain("over-estimate"));
        var independent = Check(Rate, Estimated(new PathKey(0.2, 10)), bindings: bindings);
        Assert.That(independent.Verdict, Is.EqualTo(Verdict.Holds), independent.Reason);
        Assert.That(independent.Estimates!.Single(), Does.Contain("over-estimate"));
    }

    [Test]
    public void AnEstimateInAHypothesisAlsoMakesTheClaimConsistentByConstruction()
    {
        // chatterjee2022.flow.stays_in_ball: the criterion 4 loss0 < r^2 alpha decides where the claim applies.
        var bindings = new Dictionary<string, double> { ["m"] = 400, ["eta"] = 0.1 };
        var extra = new Dictionary<string, Closed>(Estimated(new PathKey(0.1, 10))) { ["distance_from_init"] = (p, _) => Exact(0.01 * p.Step!.Value) };
        var claim = Check("param eta > 0\nassume 4*loss0 < pl_alpha_estimate   [derived]\nclaim stays: distance_from_init <= 1   [derived]\n  scope along gd   [derived]",
            extra, bindings: bindings);
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.ConsistentByConstruction), claim.Reason);
        Assert.That(claim.Estimates!.Single(), Does.StartWith("pl_alpha_estimate = 1.5"));
    }
}
