using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class SweepVerdictsTests
{
    private static readonly double[] Widths = [64, 128, 256, 512, 1024];
    private static readonly ScalingOptions Options = new(Replicates: 400);

    // Records of the O-form claim "hessian" whose implied constant is C m^growth times seeded noise (sd 0.02 in log).
    private static List<PointResult> Records(double growth, Verdict verdict = Verdict.NeedsSweep)
    {
        var random = new Random(7);
        var records = new List<PointResult>();
        foreach (var m in Widths)
        {
            for (var seed = 1; seed <= 3; seed++)
            {
                var noise = Math.Exp(0.02 * (random.NextDouble() * 2 - 1));
                var bound = 1 / Math.Sqrt(m);
                var implied = 0.3 * Math.Pow(m, growth) * noise;
                var metrics = new Dictionary<string, double>
                {
                    ["hessian.measured"] = implied * bound,
                    ["hessian.bound"] = bound,
                    ["hessian.implied"] = implied,
                    ["hessian.tightness"] = implied,
                    ["hessian.verdict"] = (int)verdict,
                    ["bind.sigma1"] = 1, ["bind.rho"] = 1, ["bind.rho1"] = 1, ["bind.m"] = m, ["bind.L"] = 2,
                };
                records.Add(new PointResult($"m={m},seed={seed}", new Dictionary<string, double> { ["m"] = m }, seed, metrics, PointStatus.Ok, null, 0));
            }
        }
        return records;
    }

    private static ClaimResult Judge(string id, List<PointResult> records, out ClaimFitSet fits)
    {
        var theorem = ShippedTheorems.Get(id);
        var claim = theorem.FindClaim("hessian")!;
        fits = ClaimFits.Fit(theorem, claim, records, Options);
        return SweepVerdicts.Judge(theorem, claim, "test sweep", records, fits, 0);
    }

    [Test]
    public void TwoValuesOfAnAxisGiveNoFit()
    {
        // Two widths always fit a line exactly: no exponent is reported from them.
        var records = Records(0).Where(r => r.Parameters["m"] is 64 or 128).ToList();
        Judge("banerjee2023.hessian", records, out var fits);
        Assert.That(fits.All, Is.Empty);
        Judge("banerjee2023.hessian", Records(0).Where(r => r.Parameters["m"] <= 256).ToList(), out var three);
        Assert.That(three.Width, Has.Count.EqualTo(1));
    }

    [Test]
    public void OFormClaimHoldsWhenTheImpliedConstantIsFlatInWidth()
    {
        var result = Judge("banerjee2023.hessian", Records(0), out var fits);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), result.Reason);
        Assert.That(fits.Width.Single().Slope, Is.EqualTo(-0.5).Within(Tolerances.SweepVerdictSlope));
        Assert.That(fits.Implied.Single().Slope, Is.EqualTo(0).Within(Tolerances.SweepVerdictSlope));
    }

    [Test]
    public void OFormClaimIsViolatedWhenTheImpliedConstantGrowsWithWidth()
    {
        var result = Judge("banerjee2023.hessian", Records(0.5), out var fits);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Reason);
        Assert.That(fits.Implied.Single().Slope, Is.EqualTo(0.5).Within(Tolerances.SweepVerdictSlope));
        Assert.That(fits.Width.Single().Verdict, Is.EqualTo(ScalingVerdict.Inconsistent));
    }

    [Test]
    public void ExplicitClaimIsViolatedIfAnyPointIsViolatedAndNamesTheWorstPoint()
    {
        var records = Records(0, Verdict.Holds);
        var bad = records[4];
        var metrics = new Dictionary<string, double>(bad.Metrics) { ["hessian.verdict"] = (int)Verdict.Violated, ["hessian.tightness"] = 1.5 };
        records[4] = bad with { Metrics = metrics };
        var result = Judge("banerjee2023.hessian_explicit", records, out _);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        Assert.That(result.Witness!.Setting, Is.EqualTo(bad.Key));
        Assert.That(result.Tightness, Is.EqualTo(1.5).Within(Tolerances.ExactExponent));
    }

    [Test]
    public void ExplicitClaimHoldsWhenEveryPointHolds()
    {
        var result = Judge("banerjee2023.hessian_explicit", Records(0, Verdict.Holds), out _);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds));
    }

    [Test]
    public void OFormClaimWithoutAWidthAxisStillNeedsASweep()
    {
        var records = Records(0).Where(r => r.Parameters["m"] == 64).ToList();
        var result = Judge("banerjee2023.hessian", records, out var fits);
        Assert.That(fits.Implied, Is.Empty);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NeedsSweep));
    }
}
