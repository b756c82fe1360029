using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Tests.Sweeps;

public sealed class GridParsingTests
{
    [Test]
    public void Points_are_ordered_canonically_with_seed_innermost()
    {
        var grid = SweepFixtures.Grid(2, "m=128,64", "L=3,2");
        var keys = grid.Points().Select(p => p.Key).ToArray();
        Assert.That(keys, Is.EqualTo(new[]
        {
            "L=2,m=64,seed=1", "L=2,m=64,seed=2", "L=2,m=128,seed=1", "L=2,m=128,seed=2",
            "L=3,m=64,seed=1", "L=3,m=64,seed=2", "L=3,m=128,seed=1", "L=3,m=128,seed=2",
        }));
        Assert.That(grid.Points().Select(p => p.Index), Is.EqualTo(Enumerable.Range(0, 8)));
        Assert.That(grid.Count, Is.EqualTo(8));
    }

    [Test]
    public void Keys_and_names_use_invariant_numbers_without_trailing_zeros()
    {
        var point = SweepFixtures.Grid(1, "sigma1=0.5", "m=512", "L=3").Points().Single();
        Assert.That(point.Key, Is.EqualTo("L=3,m=512,sigma1=0.5,seed=1"));
        Assert.That(point.Name, Is.EqualTo("L3-m512-sigma1_0.5-seed1"));
        Assert.That(point["sigma1"], Is.EqualTo(0.5).Within(Tolerances.RoundTrip));
    }

    [Test]
    public void Same_arguments_give_the_same_grid_and_canonical_text()
    {
        var a = SweepFixtures.Grid(5, "m=64,128,256", "L=2,3,4");
        var b = SweepFixtures.Grid(5, "L=4,2,3", "m=256,64,128");
        Assert.That(a.Canonical, Is.EqualTo("L=2,3,4;m=64,128,256;seeds=5"));
        Assert.That(b.Points().Select(p => p.Key), Is.EqualTo(a.Points().Select(p => p.Key)));
    }

    [TestCase("m=64,abc", "'abc'")]
    [TestCase("m=64,,128", "''")]
    [TestCase("m=64,NaN", "'NaN'")]
    [TestCase("m64", "no '='")]
    [TestCase("2m=64", "'2m'")]
    [TestCase("seed=1,2", "--seeds")]
    [TestCase("m=64,64", "given twice")]
    public void Bad_tokens_are_named(string argument, string named)
    {
        var parsed = SweepGrid.Parse([argument], 1);
        Assert.That(parsed.Ok, Is.False);
        Assert.That(parsed.Error, Does.Contain(argument).And.Contain(named));
    }

    [Test]
    public void Repeated_axis_and_bad_seed_counts_are_errors()
    {
        Assert.That(SweepGrid.Parse(["m=64", "m=128"], 1).Error, Does.Contain("'m' is given twice"));
        Assert.That(SweepGrid.Parse(["m=64"], 0).Error, Does.Contain("--seeds 0"));
    }

    [Test]
    public void A_grid_with_no_axes_is_just_the_seeds()
    {
        var grid = SweepGrid.Parse([], 3).Value!;
        Assert.That(grid.Points().Select(p => p.Key), Is.EqualTo(new[] { "seed=1", "seed=2", "seed=3" }));
    }
}
