using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

/// <summary>A sweep row names the union of its points' certificates and shows the search of its witness point.</summary>
public sealed class SweepCertificateTests
{
    private static PointResult Point(double m, int seed, double delta, double sampled, double searched)
    {
        var bound = 1 / Math.Sqrt(m);
        var metrics = new Dictionary<string, double>
        {
            ["hessian.measured"] = searched * bound, ["hessian.bound"] = bound, ["hessian.implied"] = searched, ["hessian.tightness"] = searched,
            ["hessian.verdict"] = (int)Verdict.NeedsSweep, ["hessian.certificate"] = delta,
            ["hessian.sampled"] = sampled * bound, ["hessian.searched"] = searched * bound,
            ["hessian.search_budget"] = 8, ["hessian.search_evaluations"] = 8, ["hessian.search_accepted"] = 3, ["hessian.search_seconds"] = 0.5,
            ["bind.sigma1"] = 1, ["bind.rho"] = 1, ["bind.rho1"] = 1, ["bind.m"] = m, ["bind.L"] = 2,
        };
        return new PointResult($"m={m},seed={seed}", new Dictionary<string, double> { ["m"] = m }, seed, metrics, PointStatus.Ok, null, 0);
    }

    private static ClaimResult Judge(IReadOnlyList<PointResult> records)
    {
        var theorem = ShippedTheorems.Get("banerjee2023.hessian");
        var claim = theorem.FindClaim("hessian")!;
        return SweepVerdicts.Judge(theorem, claim, "test sweep", records, ClaimFits.Fit(theorem, claim, records, new ScalingOptions(Intervals: new IntervalOptions(Replicates: 100))), 0);
    }

    [Test]
    public void The_sweep_certificate_is_the_union_bound_over_its_points()
    {
        var records = new[] { 64.0, 128, 256 }.Select((m, i) => Point(m, 1, i == 0 ? 0 : 0.007, 0.3, 0.31)).ToList();
        Assert.That(Judge(records).Certificate!.Label, Is.EqualTo("P(miss) <= 0.014"));
        records.Add(Point(512, 1, -1, 0.3, 0.31));
        Assert.That(Judge(records).Certificate!.Label, Is.EqualTo("none"));
    }

    [Test]
    public void The_sweep_row_shows_the_search_of_its_worst_point()
    {
        var records = new[] { 64.0, 128, 256 }.Select((m, i) => Point(m, 1, 0, 0.3, i == 1 ? 0.5 : 0.31)).ToList();
        var search = Judge(records).Search!;
        Assert.That(search.Witness, Does.Contain("m=128,seed=1"));
        Assert.That(search.SampledWorst, Is.EqualTo(0.3 / Math.Sqrt(128)).Within(Tolerances.Arithmetic));
        Assert.That(search.SearchedWorst, Is.EqualTo(0.5 / Math.Sqrt(128)).Within(Tolerances.Arithmetic));
        Assert.That((search.Budget, search.Evaluations, search.Accepted), Is.EqualTo((8, 8, 3)));
    }
}
