using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

public sealed class ShippedTheoremsTests
{
    private static IEnumerable<string> Files() => Repository.TheoremFiles();

    [TestCaseSource(nameof(Files))]
    public void EveryTheoremFileLoadsAndDeclaresWhatItMeasures(string path)
    {
        var result = BoundCheck.Bounds.Theorems.Theorems.Load(path);
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        Assert.That(result.Theorems, Is.Not.Empty);
        foreach (var theorem in result.Theorems)
        {
            Assert.That(theorem.Measures, Is.Not.Empty, $"{theorem.Id} measures nothing");
            Assert.That(theorem.Claims.Select(c => Vocabulary.Find(c.Quantity)?.Kind), Is.All.EqualTo(QuantityKind.Measured));
            Assert.That(theorem.Prose, Is.Not.Empty, $"{theorem.Id} has no prose");
        }
    }

    [Test]
    public void TheLibraryLoadsAsAWholeWithUniqueIds()
    {
        var result = BoundCheck.Bounds.Theorems.Theorems.LoadDirectory(Repository.TheoremsDirectory());
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        Assert.That(result.Theorems.Select(t => t.Id), Is.Unique);
        Assert.That(result.Theorems.Select(t => t.Id), Is.SupersetOf(new[]
        {
            "banerjee2023.hessian", "banerjee2023.hessian_explicit",
        }));
    }

    [Test]
    public void ATheoremsTextCoversTheBlocksItUsesAndItsFileCaveats()
    {
        var rsc = BoundCheck.Bounds.Theorems.Theorems.LoadDirectory(Repository.TheoremsDirectory()).Find("banerjee2023.rsc")!;
        // rsc uses smoothness, which uses hessian_explicit: a change to c_H changes rsc's text (and its cache keys).
        Assert.That(rsc.Text, Does.Contain("claim rsc:").And.Contain("define varrho").And.Contain("define c_H"));
        Assert.That(rsc.Caveats, Does.Contain("Only the abstract could be checked"));
    }

    [Test]
    public void NoFileOfTheRepositoryCitesTheTeamsCatalogue()
    {
        // Theorem files, code, docs and reports cite the papers; BoundCheck's own derivations are in docs/derivations.md.
        var catalogue = "PAPERS" + ".md";
        var root = Path.GetDirectoryName(Repository.TheoremsDirectory())!;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".md" or ".html" or ".csproj" or ".props")
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git"));
        Assert.That(files.Where(f => File.ReadAllText(f).Contains(catalogue, StringComparison.Ordinal)).Select(f => Path.GetRelativePath(root, f)), Is.Empty);
    }
}
