using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Tests.Sweeps;

public sealed class ShardTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(40)]
    public void Shards_partition_the_grid_and_are_balanced(int count)
    {
        var points = SweepFixtures.Grid(3, "m=64,128,256,512", "L=2,3,4").Points();
        var shards = Enumerable.Range(1, count).Select(i => new ShardSpec(i, count).Select(points)).ToList();
        var all = shards.SelectMany(s => s.Select(p => p.Key)).ToList();
        Assert.That(all, Is.Unique);
        Assert.That(all, Is.EquivalentTo(points.Select(p => p.Key)));
        Assert.That(shards.Max(s => s.Count) - shards.Min(s => s.Count), Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Parse_accepts_one_based_index()
    {
        var parsed = ShardSpec.Parse("2/8");
        Assert.That(parsed.Ok, Is.True);
        Assert.That(parsed.Value, Is.EqualTo(new ShardSpec(2, 8)));
        Assert.That(parsed.Value.ToString(), Is.EqualTo("2/8"));
    }

    [TestCase("0/4", "1-based")]
    [TestCase("5/4", "1..4")]
    [TestCase("1/0", "at least 1")]
    [TestCase("a/4", "I/N")]
    [TestCase("1/2/3", "I/N")]
    [TestCase("-1/4", "I/N")]
    public void Parse_rejects_bad_shards_naming_them(string text, string hint)
    {
        var parsed = ShardSpec.Parse(text);
        Assert.That(parsed.Ok, Is.False);
        Assert.That(parsed.Error, Does.Contain(text).And.Contain(hint));
    }
}
