using BoundCheck.Report.Merge;
using BoundCheck.Report.Tests.Fixtures;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Merge;

public sealed class RunMergerTests
{
    private static (VerificationRun A, VerificationRun B, VerificationRun Merged) Shards()
    {
        var a = SampleRun.Create(seed: 1, setting: "mlp-L3-m256-tanh-seed1");
        var b = SampleRun.Create(seed: 2, setting: "mlp-L3-m256-tanh-seed2");
        var other = SampleRun.Create().Sections[0] with { Theorem = "other.theorem", Plots = [], Tables = [] };
        b = b with
        {
            Sections = [.. b.Sections, other],
            Provenance = b.Provenance with { Started = SampleRun.Started.AddHours(-1), WallSeconds = 10, GitCommit = "abc1234" },
        };
        return (a, b, RunMerger.Merge([a, b]));
    }

    [Test]
    public void ClaimsAreConcatenatedInOrder()
    {
        var (a, b, merged) = Shards();
        Assert.That(merged.Claims, Is.EqualTo(a.Claims.Concat(b.Claims)));
    }

    [Test]
    public void SectionsWithTheSameTheoremAreMerged()
    {
        var (a, b, merged) = Shards();
        Assert.That(merged.Sections.Select(s => s.Theorem), Is.EqualTo(new[] { "banerjee2023.hessian", "other.theorem" }));
        var section = merged.Sections[0];
        Assert.That(section.Claims, Has.Count.EqualTo(a.Sections[0].Claims.Count + b.Sections[0].Claims.Count));
        Assert.That(section.Fits, Has.Count.EqualTo(2));
        Assert.That(section.Notes, Is.EqualTo(a.Sections[0].Notes), "identical notes appear once");
        Assert.That(section.Tables, Has.Count.EqualTo(1));
        Assert.That(section.Tables[0].Rows, Has.Count.EqualTo(4), "rows of the same table are joined");
    }

    [Test]
    public void PlotSeriesWithTheSameLabelAreJoinedAndSortedByX()
    {
        var a = SampleRun.Create();
        var b = a with
        {
            Sections = [a.Sections[0] with
            {
                Plots = [a.Sections[0].Plots[0] with
                {
                    Series = [new Series("bound c_H/sqrt(m)", [32, 4096], [0.8839, 0.07813], null, null, SeriesStyle.Dashed)],
                }],
            }],
        };
        var merged = RunMerger.Merge([a, b]).Sections[0].Plots;
        Assert.That(merged, Has.Count.EqualTo(1));
        var bound = merged[0].Series.Single(s => s.Label == "bound c_H/sqrt(m)");
        Assert.That(bound.X, Is.EqualTo(new double[] { 32, 64, 128, 256, 512, 1024, 2048, 4096 }));
        Assert.That(bound.Y[0], Is.EqualTo(0.8839).Within(Tolerances.Arithmetic));
        Assert.That(bound.Y[^1], Is.EqualTo(0.07813).Within(Tolerances.Arithmetic));
        Assert.That(merged[0].Series, Has.Count.EqualTo(3));
    }

    [Test]
    public void ProvenanceListsEveryRun()
    {
        var (a, b, merged) = Shards();
        Assert.That(merged.MergedFrom, Is.EqualTo(new[] { a.Provenance, b.Provenance }));
        Assert.That(merged.Provenance.Seeds, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(merged.Provenance.Started, Is.EqualTo(b.Provenance.Started));
        Assert.That(merged.Provenance.WallSeconds, Is.EqualTo(a.Provenance.WallSeconds + 10).Within(Tolerances.Arithmetic));
        Assert.That(merged.Provenance.GitCommit, Is.EqualTo("06f7ca7, abc1234"));
        var markdown = ReportRenderer.ToMarkdown(merged);
        Assert.That(markdown, Does.Contain("This report merges 2 runs"));
        Assert.That(markdown, Does.Contain("`abc1234`"));
    }

    [Test]
    public void MergingMergedRunsKeepsEveryOriginalProvenance()
    {
        var (a, b, merged) = Shards();
        var c = SampleRun.Create(seed: 3);
        Assert.That(RunMerger.Merge([merged, c]).MergedFrom, Is.EqualTo(new[] { a.Provenance, b.Provenance, c.Provenance }));
    }

    [Test]
    public void OneRunIsReturnedAsItIs()
    {
        var run = SampleRun.Create();
        Assert.That(RunMerger.Merge([run]), Is.SameAs(run));
    }
}
