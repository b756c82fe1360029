using System.Text.Json;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

/// <summary>`measure` takes its quantities from the catalogue `check` uses: vocabulary names work as well as the short names.</summary>
public sealed class MeasureCatalogueTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, stdout, stderr) = Run([.. args, "--L", "2", "--m", "6", "--d", "3", "--n", "4", "--json"]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [TestCase("hessian-loss", "hessian_norm_loss")]
    [TestCase("hessian-predictor", "hessian_norm_predictor")]
    [TestCase("grad-norm", "grad_norm_loss")]
    [TestCase("avg-grad-norm-sq", "avg_grad_norm_sq")]
    [TestCase("ntk-lambda-min", "ntk_lambda_min")]
    public void AShortNameAndItsVocabularyNameMeasureTheSame(string alias, string name) =>
        Assert.That(Json("measure", name).GetProperty("value").GetDouble(), Is.EqualTo(Json("measure", alias).GetProperty("value").GetDouble()));

    // Inputs on the sphere of radius sqrt(d): the data quantity is known in closed form.
    [Test]
    public void ADataQuantityOfTheVocabularyIsMeasured() =>
        Assert.That(Json("measure", "input_norm_max").GetProperty("value").GetDouble(), Is.EqualTo(Math.Sqrt(3)).Within(Tolerances.Arithmetic));

    [Test]
    public void TheErrorKindSaysWhatTheResidualIs()
    {
        Assert.That(Json("measure", "hessian_norm_loss").GetProperty("errorKind").GetString(), Is.EqualTo("CertifiedAbsolute"));
        Assert.That(Json("measure", "loss").GetProperty("errorKind").GetString(), Is.EqualTo("None"));
    }

    [TestCase("step_cosine")]
    [TestCase("init_event_rate")]
    public void AQuantityThatNeedsATrajectoryOrSeedsExitsTwoSayingUseCheck(string name)
    {
        var (code, _, stderr) = Run("measure", name, "--m", "4");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("use check").And.Contain(name));
    }
}
