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
}
