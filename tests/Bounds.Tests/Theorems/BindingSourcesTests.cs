using BoundCheck.Bounds.Theorems;
using TheoremLibrary = BoundCheck.Bounds.Theorems.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

/// <summary>Where an instantiation takes each parameter's value from: given, bound, the file's default, a fallback.</summary>
public sealed class BindingSourcesTests
{
    private static readonly Theorem Theorem = TheoremLibrary.LoadText("""
        ```paper
        authors: A. Author
        title: A title
        venue: Venue 2024
        arxiv: 2401.00001v1
        ```
        ```theorem
        id: paper2024.thing
        title: T
        result: Theorem 1
        model: fc
        param m in N>=2
        param d in N>=1
        param eta > 0
        param beta_phi >= 0 default activation.smoothness
        claim c: hessian_norm_predictor <= beta_phi/sqrt(m)   [derived]
          scope at init [derived]
        ```
        """, "x.md").Theorems.Single();

    private static double? Fallback(Parameter parameter, IReadOnlyDictionary<string, double> known) =>
        parameter.Name switch { "d" => known["data.d"], "beta_phi" => 99, _ => null };

    private static Instantiation Bind(IReadOnlyDictionary<string, double> given, bool etaLater = false) =>
        Theorem.Environment(new Dictionary<string, double> { ["data.d"] = 16, ["activation.smoothness"] = 0.5, ["m"] = 64 },
            new BindingSources(given, Fallback, etaLater ? p => p.Name == "eta" : null));

    [Test]
    public void AGivenValueWinsOverTheBindingAndTheDefault()
    {
        var setting = Bind(new Dictionary<string, double> { ["m"] = 128, ["beta_phi"] = 2, ["eta"] = 0.1 });
        Assert.That(setting.Environment.Values["m"], Is.EqualTo(128));
        Assert.That(setting.Environment.Values["beta_phi"], Is.EqualTo(2));
        Assert.That(setting.Complete, Is.True, string.Join("; ", setting.Problems));
    }

    // The fallback serves only parameters without a default in the file (beta_phi has one, d has none).
    [Test]
    public void TheFileDefaultComesBeforeTheFallback()
    {
        var setting = Bind(new Dictionary<string, double> { ["eta"] = 0.1 });
        Assert.That(setting.Environment.Values["beta_phi"], Is.EqualTo(0.5));
        Assert.That(setting.Environment.Values["d"], Is.EqualTo(16));
    }

    [Test]
    public void AParameterChosenLaterMayStayUnbound()
    {
        Assert.That(Bind(new Dictionary<string, double>()).Issues.Single().Parameter.Name, Is.EqualTo("eta"));
        Assert.That(Bind(new Dictionary<string, double>(), etaLater: true).Issues, Is.Empty);
    }

    [Test]
    public void AValueOutsideTheDomainIsKeptAndReported()
    {
        var setting = Bind(new Dictionary<string, double> { ["m"] = 1, ["eta"] = 0.1 });
        var issue = setting.Issues.Single();
        Assert.That((issue.Parameter.Name, issue.Value), Is.EqualTo(("m", (double?)1)));
        Assert.That(setting.Environment.Values["m"], Is.EqualTo(1));
    }
}
