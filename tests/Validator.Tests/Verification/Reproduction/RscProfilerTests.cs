using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Verification.Scaling;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

/// <summary>
/// One width of the RSC regime on a real one-hidden-layer network: the theorem's constants against their closed forms
/// at L = 1, the average gradient and step cosine against a central-difference Jacobian, and the contraction bracket's
/// internal consistency.
/// </summary>
public sealed class RscProfilerTests
{
    private const string Data = "synthetic:n=8,d=4";
    private static readonly double[] Kappas = [0.5, 0.75];

    // Small enough for a dense central-difference Jacobian; nothing judged.
    private const int Small = 64;
    private static readonly Lazy<RscWidthResult> Profiled = new(() => Measure(Small, []));

    // Wide enough (sigmoid) for alpha_t > 0 at kappa = 0.75 at the first steps; both theorems judged.
    private const int Wide = 4096;
    private static readonly Lazy<RscWidthResult> Judged = new(() =>
        Measure(Wide, [ShippedTheorems.Get("banerjee2023.rsc"), ShippedTheorems.Get("banerjee2023.gd")]));

    private static RscWidthResult Measure(int width, IReadOnlyList<BoundCheck.Bounds.Theorems.Theorem> judged) => RscProfiler.Measure(
        ShippedTheorems.Get("banerjee2023.gd"), judged,
        new SettingSpec(new Dictionary<string, double> { ["L"] = 1, ["m"] = width }, "sigmoid", Data, 1, 6), Kappas, 1e-8, null, CancellationToken.None);

    [Test]
    public void TheConstantsAreTheTheoremsClosedFormsAtOneHiddenLayer()
    {
        // L = 1, rho = rho1 = rho2 = sigma1 = 1: h(1) = 1, h(2) = gamma + phi0, T(1) = 1, Q = beta_phi, c_H = 1 + 2 beta_phi.
        var constants = Activations.Sigmoid.Constants;
        var labels = DataSpec.Load(Data, 1).Dataset!.Targets.Average(y => y * y);
        var gamma = 1 + 1 / Math.Sqrt(Small);
        var h2 = gamma + constants.ValueAtZero;
        var cH = 1 + 2 * constants.Smoothness;
        var varrho = Math.Sqrt(h2 * h2 + 4.0 / Small);
        var cLoss = 2 * labels + 8 * h2 * h2;
        var beta = 2 * varrho * varrho + 2 * cH * Math.Sqrt(cLoss) / Math.Sqrt(Small);
        var c2 = 2 * cH * (2 * varrho + Math.Sqrt(cLoss));
        var profile = Profiled.Value.Profile;
        Assert.That(profile.Beta, Is.EqualTo(beta).Within(Tolerances.Formula * beta));
        Assert.That(profile.C2, Is.EqualTo(c2).Within(Tolerances.Formula * c2));
        Assert.That(profile.Eta, Is.EqualTo(1 / beta).Within(Tolerances.Formula / beta), "omega = eta beta = 1");
        Assert.That(profile.C2At(Small), Is.EqualTo(c2).Within(Tolerances.Formula * c2), "the grid holds c2 at m = 2^6");
        Assert.That(profile.Parameters, Is.EqualTo(Small * (4 + 1)));
    }

    [Test]
    public void TheAverageGradientAndStepCosineAtInitMatchACentralDifferenceJacobian()
    {
        var data = DataSpec.Load(Data, 1).Dataset!;
        var network = new Network(Architecture.Uniform(4, 1, Small, Activations.Sigmoid));
        var theta = Initialiser.Draw(network, new Initialisation.Banerjee(1), 1);
        var evaluator = new BatchEvaluator(network, data);
        var n = data.Count;
        var f = new double[n];
        evaluator.Predict(theta, f);
        var (gbar, grad) = (new double[theta.Length], new double[theta.Length]);
        var (plus, minus) = (new double[n], new double[n]);
        const double h = 1e-6;
        for (var k = 0; k < theta.Length; k++)
        {
            var keep = theta[k];
            theta[k] = keep + h;
            evaluator.Predict(theta, plus);
            theta[k] = keep - h;
            evaluator.Predict(theta, minus);
            theta[k] = keep;
            for (var i = 0; i < n; i++)
            {
                var jik = (plus[i] - minus[i]) / (2 * h);
                gbar[k] += jik / n;
                grad[k] += 2.0 / n * (f[i] - data.Targets[i]) * jik;
            }
        }
        var g2 = gbar.Sum(x => x * x);
        var cosine = Math.Abs(gbar.Zip(grad, (a, b) => a * b).Sum()) / Math.Sqrt(g2 * grad.Sum(x => x * x));
        var profile = Profiled.Value.Profile;
        Assert.That(profile.GbarNormSq[0], Is.EqualTo(g2).Within(Tolerances.JacobianDifference * g2));
        Assert.That(profile.StepCosine[0], Is.EqualTo(cosine).Within(Tolerances.JacobianDifference));
    }

    [Test]
    public void EveryJudgedTheoremIsCheckedAtEveryKappaOnOnePath()
    {
        var result = Judged.Value;
        // At m = 4096 alpha_t > 0 at an admitted step for kappa = 0.75 only (0.5: 2 (0.25)(0.25) - c2/64 < 0).
        Assert.That(result.Profile.FirstPositive(0.5), Is.Null);
        Assert.That(result.Profile.FirstPositive(0.75), Is.Not.Null);
        Assert.That(result.Checks.Select(c => c.Bindings["kappa"]), Is.EqualTo(new[] { 0.75, 0.75 }));
        Assert.That(result.Checks.Select(c => c.Setting.Split('/')[0]), Is.EqualTo(new[] { "banerjee2023.rsc", "banerjee2023.gd" }));
        Assert.That(RscProfiler.JudgedKappas(result.Profile with { GbarNormSq = [.. result.Profile.GbarNormSq.Select(_ => 0.0)] }, Kappas),
            Is.EqualTo(new[] { 0.75 }), "with no biting kappa, the largest alone");
        Assert.That(result.Checks.Where(c => c.Bindings.ContainsKey("eta")).Select(c => c.Bindings["eta"]), Is.All.EqualTo(result.Profile.Eta), "one step size, one GD path");
        Assert.That(result.Profile.KeptSteps, Is.EqualTo(Enumerable.Range(0, 6)), "a small network keeps every step but the last");
    }

    [Test]
    public void TheContractionBracketIsConsistentWithItsDefinition()
    {
        var result = Judged.Value;
        var profile = result.Profile;
        Assert.That(result.Contraction, Is.Not.Empty, "at m = 4096 (sigmoid) alpha_t > 0 at the first steps for kappa = 0.75");
        foreach (var step in result.Contraction)
        {
            var t = step.Step;
            var q = 1 - profile.Alpha(t, step.Kappa) / profile.Beta;
            Assert.That(step.Factor, Is.EqualTo(q).Within(Tolerances.Arithmetic), $"q at {t}");
            Assert.That(step.Need <= 0, Is.EqualTo(step.Ratio <= step.Factor), $"Lbar = 0 suffices exactly when r_t <= q, at {t}");
            Assert.That(step.Best, Is.LessThanOrEqualTo(profile.Loss[t]), $"theta_t is a limit of points of B_t, at {t}");
            var expected = step.Need <= 0 ? "holds" : step.Need > step.Best ? "violated" : "undecided";
            Assert.That(step.Verdict, Is.EqualTo(expected));
        }
        var judged = Kappas.Sum(k => profile.KeptSteps.Count(t => t < profile.Contraction.Length && profile.Admitted(t, k) && profile.Alpha(t, k) > 0));
        Assert.That(result.Contraction, Has.Count.EqualTo(judged));
    }
}
