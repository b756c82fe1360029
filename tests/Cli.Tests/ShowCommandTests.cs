using System.Text.Json;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

public sealed class ShowCommandTests
{
    [Test]
    public void ShowsStatementLatexTagsAndParameters()
    {
        var (code, stdout, _) = ListCommandTests.Run("show", "banerjee2023.hessian");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Contain("hessian: hessian_norm_predictor <= (1 + gamma^(6 * L)) * (1 + rho1) / sqrt(m)   [reconstructed]"));
        Assert.That(stdout, Does.Contain(@"\gamma = \sigma_{1} + \frac{\rho}{\sqrt{m}}"));
        Assert.That(stdout, Does.Contain("constant unknown (may depend on poly(L))"));
        Assert.That(stdout, Does.Contain("abstract O(poly(L) / sqrt(m))   [verbatim]"));
        Assert.That(stdout, Does.Contain("sigma1 > 0"));
    }

    [Test]
    public void JsonCarriesClaimsWithTags()
    {
        var (code, stdout, _) = ListCommandTests.Run("show", "banerjee2023.hessian_explicit", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(stdout);
        var claim = doc.RootElement.GetProperty("claims")[0];
        Assert.That(claim.GetProperty("name").GetString(), Is.EqualTo("hessian"));
        Assert.That(claim.GetProperty("tag").GetString(), Is.EqualTo("derived"));
        Assert.That(claim.GetProperty("constantKnown").GetBoolean(), Is.True);
    }

    [Test]
    public void UnknownIdIsBadInputWithCloseIds()
    {
        var (code, _, stderr) = ListCommandTests.Run("show", "banerjee2023.hesian");
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr, Does.Contain("unknown theorem id 'banerjee2023.hesian'; close ids: banerjee2023.hessian,"));
    }

    [Test]
    public void ShowsDerivedGrowthAgainstTheStatedForm()
    {
        var (code, stdout, _) = ListCommandTests.Run("show", "banerjee2023.hessian_explicit");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Contain("hessian, abstract O(poly(L)/sqrt(m)), in m, gamma < 1: explicit m^(-1/2); stated m^(-1/2) -> consistent"));
        Assert.That(stdout, Does.Contain("hessian, abstract O(poly(L)/sqrt(m)), in L, gamma > 1:"));
        Assert.That(stdout, Does.Match(@"in L, gamma > 1: explicit [^\n]*-> inconsistent"));
    }
}
