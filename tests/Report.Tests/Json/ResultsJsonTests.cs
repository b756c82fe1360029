using System.Collections;
using System.Reflection;
using System.Text.Json;
using BoundCheck.Report.Json;
using BoundCheck.Report.Markdown;
using BoundCheck.Report.Tests.Fixtures;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Json;

public sealed class ResultsJsonTests
{
    [Test]
    public void RoundTripIsExact()
    {
        var run = SampleRun.Create();
        var back = ResultsJson.Deserialize(ResultsJson.Serialize(run));
        AssertDeepEqual(back, run, "run");
    }

    [Test]
    public void RoundTripThroughDirectory()
    {
        var dir = Directory.CreateTempSubdirectory("boundcheck-json-").FullName;
        try
        {
            var run = SampleRun.Create() with { Title = "π ≤ 4 \"quoted\"" };
            ResultsJson.Write(run, dir);
            AssertDeepEqual(ResultsJson.Read(dir), run, "run");
            Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1), "no temporary file left behind");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void ShapeIsCamelCaseWithNamedEnumsAndFloats()
    {
        using var doc = JsonDocument.Parse(ResultsJson.Serialize(SampleRun.Create()));
        var claims = doc.RootElement.GetProperty("claims");
        Assert.That(claims.GetArrayLength(), Is.EqualTo(9));
        var first = claims[0];
        foreach (var name in new[] { "theorem", "claim", "setting", "verdict", "measured", "bound", "tightness", "hypotheses" })
        {
            Assert.That(first.TryGetProperty(name, out _), Is.True, name);
        }
        Assert.That(claims.EnumerateArray().Select(c => c.GetProperty("verdict").GetString()),
            Is.EqualTo(new[] { "holds", "violated", "not-applicable", "vacuous", "inconclusive", "needs-sweep", "consistent-by-construction", "holds", "inconsistent" }));
        Assert.That(claims[8].GetProperty("scalingFits")[0].GetProperty("interval").GetString(), Does.StartWith("t over 3 seeds"));
        Assert.That(claims[6].GetProperty("estimates")[0].GetString(), Does.Contain("over-estimate"));
        Assert.That(claims[4].GetProperty("measured").GetString(), Is.EqualTo("NaN"));
        Assert.That(claims[2].GetProperty("measured").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(claims[0].GetProperty("hypotheses")[0].GetProperty("kind").GetString(), Is.EqualTo("declared"));
        var section = doc.RootElement.GetProperty("sections")[0];
        Assert.That(section.GetProperty("fits")[0].GetProperty("verdict").GetString(), Is.EqualTo("consistent"));
        Assert.That(section.GetProperty("plots")[0].GetProperty("series")[0].GetProperty("style").GetString(), Is.EqualTo("band"));
    }

    [Test]
    public void EveryScalingVerdictRoundTripsByItsName()
    {
        var run = SampleRun.Create();
        var fit = run.Sections[0].Fits[0];
        foreach (var verdict in Enum.GetValues<ScalingVerdict>())
        {
            var changed = run with { Sections = [run.Sections[0] with { Fits = [fit with { Verdict = verdict }] }] };
            var json = ResultsJson.Serialize(changed);
            Assert.That(json, Does.Contain($"\"verdict\": \"{Legend.Name(verdict)}\""));
            Assert.That(ResultsJson.Deserialize(json).Sections[0].Fits[0].Verdict, Is.EqualTo(verdict));
        }
    }

    [Test]
    public void MalformedJsonThrowsJsonException() =>
        Assert.That(() => ResultsJson.Deserialize("{\"title\": "), Throws.InstanceOf<JsonException>());

    /// <summary>Structural equality by reflection (record equality compares lists by reference); doubles bit for bit.</summary>
    private static void AssertDeepEqual(object? actual, object? expected, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.That(actual, Is.Null.And.Matches<object?>(_ => expected is null), path);
            return;
        }
        switch (expected)
        {
            case double d:
                Assert.That(BitConverter.DoubleToInt64Bits((double)actual), Is.EqualTo(BitConverter.DoubleToInt64Bits(d)), path);
                return;
            case string or int or bool or Enum or DateTimeOffset:
                Assert.That(actual, Is.EqualTo(expected), path);
                if (expected is DateTimeOffset t)
                {
                    Assert.That(((DateTimeOffset)actual).Offset, Is.EqualTo(t.Offset), path);
                }
                return;
            case IEnumerable list:
                var a = ((IEnumerable)actual).Cast<object?>().ToList();
                var e = list.Cast<object?>().ToList();
                Assert.That(a, Has.Count.EqualTo(e.Count), path);
                for (var i = 0; i < e.Count; i++)
                {
                    AssertDeepEqual(a[i], e[i], $"{path}[{i}]");
                }
                return;
        }
        Assert.That(actual.GetType(), Is.EqualTo(expected.GetType()), path);
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            AssertDeepEqual(property.GetValue(actual), property.GetValue(expected), $"{path}.{property.Name}");
        }
    }
}
