using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

public sealed class SweepVerdictsTests
{
    private static readonly double[] Widths = [64, 128, 256, 512, 1024];
    private static readonly ScalingOptions Options = new(Intervals: new IntervalOptions(Replicates: 400));

    // Records of the O-form claim "hessian" (L = 2, sigma1 = rho = rho1 = 1) whose implied constant against the form's
    // asymptotic equivalent 4/sqrt(m) is C m^growth times seeded noise: measured = C m^growth 4/sqrt(m), and the raw implied
    // constant is measured / (2 (1 + gamma^12)/sqrt(m)) with gamma = 1 + 1/sqrt(m).
    private static List<PointResult> Records(double growth, Verdict verdict = Verdict.NeedsSweep)
    {
        var random = new Random(7);
        var records = new List<PointResult>();
        foreach (var m in Widths)
        {
            for (var seed = 1; seed <= 3; seed++)
            {
                var noise = Math.Exp(0.02 * (random.NextDouble() * 2 - 1));
                var bound = 2 * (1 + Math.Pow(1 + 1 / Math.Sqrt(m), 12)) / Math.Sqrt(m);
                var measured = 0.3 * Math.Pow(m, growth) * noise * 4 / Math.Sqrt(m);
                var implied = measured / bound;
                var metrics = new Dictionary<string, double>
                {
                    ["hessian.measured"] = measured,
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
    public void OFormClaimIsConsistentWhenTheImpliedConstantIsFlatInWidth()
    {
        var result = Judge("banerjee2023.hessian", Records(0), out var fits);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Consistent), result.Reason);
        Assert.That(result.ScalingFits, Is.Not.Null.And.Not.Empty);
        Assert.That(fits.Width.Single().Slope, Is.EqualTo(-0.5).Within(Tolerances.SweepVerdictSlope));
        Assert.That(fits.Implied.Single().Slope, Is.EqualTo(0).Within(Tolerances.SweepVerdictSlope));
        // The raw measured / bound rises because 2 (1 + gamma^12) falls towards 4: shown, not judged.
        Assert.That(fits.RawImplied!.Single().Slope, Is.GreaterThan(0.1));
        Assert.That(fits.RawImplied!.Single().Verdict, Is.EqualTo(ScalingVerdict.FitOnly));
    }

    [Test]
    public void OFormClaimIsInconsistentWhenTheImpliedConstantGrowsWithWidth()
    {
        var result = Judge("banerjee2023.hessian", Records(0.5), out var fits);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconsistent), result.Reason);
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

    // Issue 10 item 7: at any growth of the implied constant, an O-form claim gets a scaling verdict, never holds or violated.
    [TestCase(-0.5, Verdict.BoundNotTight)]
    [TestCase(0.0, Verdict.Consistent)]
    [TestCase(0.05, Verdict.Consistent)]
    [TestCase(0.5, Verdict.Inconsistent)]
    public void OFormClaimNeverHoldsOrFails(double growth, Verdict expected)
    {
        var result = Judge("banerjee2023.hessian", Records(growth), out _);
        Assert.That(result.Verdict, Is.Not.AnyOf(Verdict.Holds, Verdict.Violated), result.Reason);
        Assert.That(result.Verdict, Is.EqualTo(expected), result.Reason);
    }

    [Test]
    public void TheConvergingFactorOfTheFormIsMeasuredAgainstItsLimit()
    {
        // (1 + gamma^(6L)) (1 + rho1) with gamma = 1 + 1/sqrt(m), L = 2, rho1 = 1: 2 (1 + gamma^12) -> 4 as m -> infinity.
        var result = Judge("banerjee2023.hessian", Records(0), out _);
        var note = result.ScalingNotes!.Single();
        var gamma = 1 + 1 / Math.Sqrt(1024);
        var factor = 2 * (1 + Math.Pow(gamma, 12));
        // within 10%: 2 (1 + gamma^12) <= 4.4, gamma <= 1.2^(1/12), m >= 1 / (1.2^(1/12) - 1)^2
        var from = 1 / Math.Pow(Math.Pow(1.2, 1.0 / 12) - 1, 2);
        Assert.That(note, Does.Contain($"is {factor:G4} at the largest width m = 1024").And.Contain($"{factor / 4:G4} times its limit 4"));
        var stated = double.Parse(System.Text.RegularExpressions.Regex.Match(note, @"only from m = ([0-9.E+]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(stated / from, Is.EqualTo(1).Within(Tolerances.WidthBisection));
    }
}
