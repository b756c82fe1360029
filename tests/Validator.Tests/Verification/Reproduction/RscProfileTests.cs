using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

/// <summary>The per-step formulas of <see cref="RscProfile"/> against hand-computed values.</summary>
public sealed class RscProfileTests
{
    private static RscProfile Profile()
    {
        var grid = Enumerable.Range(RscProfile.GridFirstExponent, RscProfile.GridLastExponent - RscProfile.GridFirstExponent + 1)
            .Select(k => (double)k).ToArray();
        // m = 10000, c2 = 1: alpha_t = 2 kappa^2 g_t - 0.01.
        return new RscProfile(10000, 1, 50000, 0.5, 2, 1, grid, [0.01, 0.02, 0.04], [0.9, 0.4, 0.6], [0.9, 0.9], [1, 0.9, 0.8], [0, 1], [true, true], "Completed", 0);
    }

    [Test]
    public void AlphaIsTwoKappaSquaredTimesTheAverageGradientMinusTheWidthTerm()
    {
        var p = Profile();
        Assert.That(p.Alpha(0, 0.5), Is.EqualTo(2 * 0.25 * 0.01 - 0.01).Within(Tolerances.Arithmetic));
        Assert.That(p.Alpha(2, 0.5), Is.EqualTo(2 * 0.25 * 0.04 - 0.01).Within(Tolerances.Arithmetic));
        Assert.That(p.ScaledGbar(1), Is.EqualTo(100 * 0.02).Within(Tolerances.Arithmetic));
    }

    [Test]
    public void TheFirstPositiveStepMustAlsoBeAdmittedByTheCone()
    {
        var p = Profile();
        // kappa = 0.5: alpha_0 = -0.0075, step 1 has cosine 0.4 < 0.5, step 2: alpha = 0.01 > 0 and cosine 0.6.
        Assert.That(p.FirstPositive(0.5), Is.EqualTo(2));
        Assert.That(p.PositiveSteps(0.5), Is.EqualTo(1));
        // kappa = 0.35: step 1 is admitted with alpha = 2 (0.1225)(0.02) - 0.01 = -0.0051, step 2: 0.0098 - 0.01 < 0.
        Assert.That(p.FirstPositive(0.35), Is.Null);
    }

    [Test]
    public void TheBestRatioUsesEachStepsOwnCosineAsKappa()
    {
        // max_t 2 cos_t^2 sqrt(m) g_t / c2 = max(2 (0.81)(1), 2 (0.16)(2), 2 (0.36)(4)) = 2.88.
        Assert.That(Profile().BestRatio, Is.EqualTo(2.88).Within(Tolerances.Arithmetic));
    }

    [TestCase(1024.0, 10.0)]
    [TestCase(1448.1546878700492, 10.5)]
    [TestCase(1.0, 2.0)]
    public void TheThresholdIsLinearInLogTwoOfTheWidthBetweenGridPoints(double m, double expected) =>
        Assert.That(Profile().C2At(m), Is.EqualTo(expected).Within(Tolerances.ClosedForm));
}
