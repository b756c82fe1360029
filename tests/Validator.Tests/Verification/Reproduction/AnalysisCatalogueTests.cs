using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

/// <summary>The analyses catalogue cannot drift: one entry per analysis class, unique names, every plan's names known.</summary>
public sealed class AnalysisCatalogueTests
{
    [Test]
    public void EveryAnalysisClassIsInTheCatalogueOnceWithAUniqueName()
    {
        var classes = typeof(IAnalysis).Assembly.GetTypes().Where(t => typeof(IAnalysis).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToList();
        Assert.That(Analyses.All.Select(a => a.GetType()), Is.EquivalentTo(classes));
        Assert.That(Analyses.Names, Is.Unique);
    }

    [TestCase(Scale.Quick)]
    [TestCase(Scale.Full)]
    public void EveryAnalysisAPlanNamesExistsAndTakesItsArguments(Scale scale)
    {
        foreach (var e in Plans.For(scale).Where(e => e.IsAnalysis))
        {
            var analysis = Analyses.Find(e.Analysis!);
            Assert.That(e.Arguments?.Keys ?? [], Is.SubsetOf(analysis.Parameters), e.Name);
        }
        Assert.That(Plans.For(scale).Select(e => e.Name), Is.Unique, "--only picks experiments by name");
    }

    [Test]
    public void AnUnknownAnalysisOrArgumentIsNamedInTheError()
    {
        var spec = new SettingSpec(new Dictionary<string, double>(), "tanh", "synthetic:n=4,d=4", 1, 5);
        var unknown = Assert.Throws<InvalidOperationException>(() => Analyses.Find("nonsense"))!;
        Assert.That(unknown.Message, Does.Contain("unknown analysis 'nonsense'").And.Contain("rsc-regime"));
        var experiment = new Experiment("banerjee2023.gd", "x", "", spec, [], Analysis: "rsc-regime", Arguments: new Dictionary<string, string> { ["width"] = "64" });
        var bad = Assert.Throws<InvalidOperationException>(() => new AnalysisArguments(experiment).CheckKnown(Analyses.Find("rsc-regime").Parameters))!;
        Assert.That(bad.Message, Is.EqualTo("experiment x: argument 'width' is not an argument of analysis rsc-regime (its arguments: widths, kappa, judge)"));
    }

    [TestCase("64, 128,256", new[] { 64, 128, 256 })]
    [TestCase("1024", new[] { 1024 })]
    public void ListsOfWidthsParse(string text, int[] expected)
    {
        var spec = new SettingSpec(new Dictionary<string, double>(), "tanh", "synthetic:n=4,d=4", 1, 5);
        var experiment = new Experiment("t.x", "x", "", spec, [], Analysis: "rsc-regime", Arguments: new Dictionary<string, string> { ["widths"] = text });
        Assert.That(new AnalysisArguments(experiment).Integers("widths", []), Is.EqualTo(expected));
    }

    [TestCase("64,1.5", "has 1.5: expected positive integers")]
    [TestCase("64,abc", "has 'abc': expected a number")]
    [TestCase(",", "is empty")]
    public void AMalformedListIsAnErrorNamingTheArgument(string text, string expected)
    {
        var spec = new SettingSpec(new Dictionary<string, double>(), "tanh", "synthetic:n=4,d=4", 1, 5);
        var experiment = new Experiment("t.x", "x", "", spec, [], Analysis: "rsc-regime", Arguments: new Dictionary<string, string> { ["widths"] = text });
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisArguments(experiment).Integers("widths", []))!;
        Assert.That(error.Message, Does.StartWith("experiment x: argument 'widths' ").And.Contain(expected));
    }
}
