using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class HutchinsonTests
{
    [Test]
    public void Estimates_fall_within_their_standard_error_band_over_seeds()
    {
        var c = KnownSpectra.All().Single(k => k.Name == "uniform");
        var op = c.Operator();
        double trace = c.Eigenvalues.Sum();
        int inside = 0;
        const int seeds = 20;
        for (int seed = 1; seed <= seeds; seed++)
        {
            var estimate = Hutchinson.Trace(op, samples: 50, seed: seed);
            Assert.That(Math.Abs(estimate.Value - trace), Is.LessThanOrEqualTo(Tolerances.HutchinsonSigmas * estimate.StandardError));
            if (Math.Abs(estimate.Value - trace) <= 2 * estimate.StandardError)
            {
                inside++;
            }
        }
        // About 95% of 2-sigma intervals should cover; allow a generous margin for 20 draws.
        Assert.That(inside, Is.GreaterThanOrEqualTo(15));
    }

    [Test]
    public void Diagonal_operator_is_exact_with_zero_error()
    {
        var op = DenseOperator.FromArray(new double[,] { { 2, 0, 0 }, { 0, -1, 0 }, { 0, 0, 5 } });
        var estimate = Hutchinson.Trace(op, samples: 10, seed: 3);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Value, Is.EqualTo(6.0).Within(Tolerances.Dense));
            Assert.That(estimate.StandardError, Is.EqualTo(0.0).Within(Tolerances.Dense));
        });
    }
}
