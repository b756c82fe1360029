using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class PowerIterationTests
{
    private static IEnumerable<KnownSpectra.Case> DominantCases() =>
        KnownSpectra.All().Where(c => c.Name is "negative-dominant" or "hessian-like" or "rank-deficient");

    [TestCaseSource(nameof(DominantCases))]
    public void Agrees_with_Lanczos_on_a_dominant_eigenvalue(KnownSpectra.Case c)
    {
        var op = c.Operator();
        var power = PowerIteration.Run(op, tolerance: 1e-8);
        var lanczos = Lanczos.Run(op, new LanczosOptions(Tolerance: Tolerances.LanczosTight, Target: SpectrumEnd.Magnitude));
        Assert.Multiple(() =>
        {
            Assert.That(power.Exit, Is.EqualTo(SpectralExit.Converged));
            Assert.That(Math.Abs(power.Value), Is.EqualTo(lanczos.Norm.Value).Within(Tolerances.PowerIteration * c.Norm));
            double nearest = c.Eigenvalues.Min(l => Math.Abs(l - power.Value));
            Assert.That(nearest, Is.LessThanOrEqualTo(power.Residual + Tolerances.Rounding * c.Norm));
        });
    }

    [Test]
    public void Plus_minus_pair_does_not_claim_convergence()
    {
        var op = KnownSpectra.WithSpectrum([3, -3, 1, 0.5, -0.2], seed: 2);
        var power = PowerIteration.Run(op, maxIterations: 200);
        Assert.That(power.Exit, Is.EqualTo(SpectralExit.MaxIterations));
    }
}
