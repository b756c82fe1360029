using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>
/// The checker on a model with no optional capability (<see cref="LinearModel"/>: only IModel and IModelBatch): claims
/// that need a capability are not-applicable with the reason, the others are measured on the full operators.
/// </summary>
public sealed class CapabilityTests
{
    private const string Data = "synthetic:n=6,d=4";

    private sealed class LinearFactory : IProbeFactory
    {
        public IReadOnlyDictionary<string, double> Declared(SettingSpec spec) => new Dictionary<string, double>
        {
            ["data.n"] = Load(spec).Count,
            ["data.d"] = Load(spec).Dimension,
        };

        public ISettingProbe Create(ProbeRequest request)
        {
            var data = Load(request.Spec);
            var model = new LinearModel(data.Dimension);
            var init = new Initialisation.Gaussian(1.0);
            return new NetworkProbe(model, model.Initialise(init, 1), data, request.Bindings, init, 1, model.Name, 1e-10, request.Spec.Steps);
        }

        public static Dataset Load(SettingSpec spec) => DataSpec.Load(spec.Data, spec.Seed).Dataset!;
    }

    private static IReadOnlyList<ClaimResult> Check(string claims)
    {
        var text = $"""
            ```paper
            authors: A. Author
            title: A test paper
            venue: Nowhere 2026
            arxiv: 0000.00000v1
            ```

            ```theorem
            id: test.linear
            title: test
            result: Theorem 1
            ref: none
            model: fc
            init: gaussian
            param m in N>=2
            param sigma1 > 0
            {claims}
            ```
            """;
        var result = Theorems.LoadText(text, "test.md");
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        var spec = new SettingSpec(new Dictionary<string, double>(), "tanh", Data, 1, 5);
        var check = TheoremChecker.Check(result.Theorems.Single(), spec, new LinearFactory());
        Assert.That(check.Errors, Is.Empty);
        return check.Claims;
    }

    [Test]
    public void ASpectralBallNeedsLayerBlocks()
    {
        var claim = Check("""
            claim ball: hessian_norm_loss <= 100   [derived]
              scope over spectral_ball(1, 1) around init   [derived]
            """).Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.NotApplicable));
        Assert.That(claim.Reason, Does.Contain("the model linear-d4 has no layer blocks").And.Contain("spectral ball"));
    }

    [Test]
    public void ARankConditionNeedsLayerFeatures()
    {
        var claim = Check("""
            claim rank: feature_rank >= 1   [derived]
              scope at init   [derived]
            """).Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.NotApplicable));
        Assert.That(claim.Reason, Does.Contain("has no layer features, which feature_rank needs"));
    }

    [Test]
    public void AHypothesisOnLayerNormsMakesTheClaimNotApplicable()
    {
        var claim = Check("""
            assume init_spectral_max <= sigma1   [derived]
            claim smooth: hessian_norm_loss <= 100   [derived]
              scope at init   [derived]
            """).Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.NotApplicable));
        Assert.That(claim.Reason, Does.Contain("has no layer blocks, which init_spectral_max needs"));
    }

    // ||grad^2 Lhat|| = lambda_max((2 / (n d)) X^T X) for the mean square loss, by a dense eigendecomposition.
    [Test]
    public void TheLossHessianIsMeasuredOnTheFullOperator()
    {
        var claim = Check("""
            claim smooth: hessian_norm_loss <= 100   [derived]
              scope at init   [derived]
            """).Single();
        var data = DataSpec.Load(Data, 1).Dataset!;
        var x = Matrix<double>.Build.Dense(data.Dimension, data.Count, data.Inputs);
        var expected = (x * x.Transpose() * (2.0 / (data.Count * data.Dimension))).Evd().EigenValues.Max(e => e.Real);
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
        Assert.That(claim.Measured, Is.EqualTo(expected).Within(Tolerances.Lanczos * expected));
    }

    // A linear model's predictor Hessian is 0 at every input: measured per input on the full operator.
    [Test]
    public void PredictorHessiansWithoutTheRestrictionUseTheFullOperatorOfEachInput()
    {
        var claim = Check("""
            claim flat: hessian_norm_predictor <= 1/sqrt(m)   [derived]
              scope at init, for all inputs   [derived]
            """).Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
        Assert.That(claim.Measured, Is.EqualTo(0.0));
        Assert.That(claim.Method!.Method, Does.Contain("full operator of each input"));
    }

    [Test]
    public void GradientDescentRunsOnAnyModel()
    {
        var claim = Check("""
            claim decreases: loss <= loss0   [derived]
              scope along gd   [derived]
            """).Single();
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Holds), claim.Reason);
    }
}
