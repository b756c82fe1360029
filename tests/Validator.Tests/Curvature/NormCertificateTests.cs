using BoundCheck.Validator.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Curvature;

/// <summary>The probabilistic certificate against dense truth, on spectra built to make Lanczos stop early or look wrong.</summary>
public sealed class NormCertificateTests
{
    private const double Delta = NormCertificates.DefaultDelta;

    [TestCaseSource(typeof(KnownSpectra), nameof(KnownSpectra.All))]
    public void The_certified_interval_holds_the_true_norm_or_certifies_nothing(KnownSpectra.Case c)
    {
        var op = c.Operator();
        var run = Lanczos.Run(op, Options(op.Dimension, Delta));
        var certificate = NormCertificates.FromLanczosNorm(run, op.Dimension, Delta);
        if (certificate.Kind == CertificateKind.None)
        {
            // Only an early invariant subspace (5 distinct nonzero eigenvalues) leaves too few steps to certify anything.
            Assert.That(run.Exit, Is.EqualTo(SpectralExit.InvariantSubspace));
            Assert.That(certificate.Upper, Is.EqualTo(double.PositiveInfinity));
            return;
        }
        Assert.That(certificate.Lower, Is.LessThanOrEqualTo(c.Norm * (1 + Tolerances.Rounding)), "lower end");
        Assert.That(certificate.Upper, Is.GreaterThanOrEqualTo(c.Norm), "upper end");
    }

    [Test]
    public void A_tiny_top_gap()
    {
        var random = new Random(5);
        double[] spectrum = [1, 1 - 1e-10, .. Enumerable.Range(0, 598).Select(_ => -0.9 + 1.8 * random.NextDouble())];
        AssertBrackets(Certify(KnownSpectra.WithSpectrum(spectrum, 9), Delta), 1);
    }

    [Test]
    public void Clustered_plus_minus_pairs()
    {
        var random = new Random(6);
        var half = Enumerable.Range(0, 5).Select(i => 1 - i * 1e-9).Concat(Enumerable.Range(0, 295).Select(_ => 0.9 * random.NextDouble())).ToArray();
        AssertBrackets(Certify(KnownSpectra.WithSpectrum([.. half, .. half.Select(x => -x)], 4), Delta), 1);
    }

    [Test]
    public void A_start_vector_nearly_orthogonal_to_the_top_eigenvector_is_outrun_by_the_minimum_steps()
    {
        var random = new Random(8);
        double[] rest = [.. Enumerable.Range(0, 599).Select(_ => -1 + 2 * random.NextDouble())];
        var op = WithTopVectorNearlyOrthogonalToStart(10, rest, overlap: 1e-10);
        AssertBrackets(Certify(op, Delta), 10);
    }

    [Test]
    public void A_start_vector_orthogonal_to_the_top_eigenvector_with_two_other_eigenvalues_is_not_certified()
    {
        // b lies in E(1) + E(-1), so K_2(H, b) is invariant: Lanczos stops after 2 steps seeing only +-1, while ||H|| = 10.
        double[] rest = [.. Enumerable.Repeat(1.0, 300), .. Enumerable.Repeat(-1.0, 299)];
        var op = WithTopVectorNearlyOrthogonalToStart(10, rest, overlap: 0);
        var run = Lanczos.Run(op, Options(op.Dimension, Delta));
        Assert.That(run.Norm.Value, Is.EqualTo(1).Within(Tolerances.LanczosDefault), "the Ritz value misses the top eigenvalue");
        var certificate = NormCertificates.FromLanczosNorm(run, op.Dimension, Delta);
        Assert.That(certificate.Kind, Is.EqualTo(CertificateKind.None));
        Assert.That(certificate.Upper, Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Misses_over_random_starts_are_rarer_than_delta()
    {
        // The bound is a worst case over spectra; on a hard one (tiny gap under a dense bulk) misses must stay below delta.
        const double delta = 0.05;
        const int starts = 40;
        var random = new Random(12);
        double[] spectrum = [1, 1 - 1e-6, .. Enumerable.Range(0, 298).Select(_ => 0.99 * random.NextDouble())];
        var op = KnownSpectra.WithSpectrum(spectrum, 2);
        var misses = Enumerable.Range(1, starts)
            .Count(seed => NormCertificates.FromLanczosNorm(Lanczos.Run(op, Options(op.Dimension, delta) with { Seed = seed }), op.Dimension, delta).Upper < 1);
        Assert.That(misses, Is.LessThanOrEqualTo(delta * starts + 3 * Math.Sqrt(delta * starts)));
    }

    [Test]
    public void The_gram_certificate_holds_the_largest_singular_value()
    {
        var (rows, cols) = (700, 600);
        var random = new Random(3);
        var w = Enumerable.Range(0, rows * cols).Select(_ => random.NextDouble() - 0.5).ToArray();
        var truth = Matrix<double>.Build.Dense(rows, cols, w).Svd(computeVectors: false).S[0];
        var n = Math.Min(rows, cols);
        var run = Lanczos.Run(new GramOperator(new DenseMatrixOperator(rows, cols, w)),
            new LanczosOptions(1e-8, 300, 1, SpectrumEnd.Largest, MinIterations: NormCertificates.GramSteps(n, Delta)));
        var certificate = NormCertificates.FromLanczosGram(run, n, Delta);
        AssertBrackets(certificate, truth);
    }

    internal static LanczosOptions Options(int n, double delta) =>
        new(1e-6, 300, 1, SpectrumEnd.Magnitude, MinIterations: NormCertificates.NormSteps(n, delta));

    private static Certificate Certify(ILinearOperator op, double delta) =>
        NormCertificates.FromLanczosNorm(Lanczos.Run(op, Options(op.Dimension, delta)), op.Dimension, delta);

    private static void AssertBrackets(Certificate certificate, double truth)
    {
        Assert.That(certificate.Kind, Is.EqualTo(CertificateKind.Probabilistic));
        Assert.That(certificate.Lower, Is.LessThanOrEqualTo(truth * (1 + Tolerances.Rounding)), "lower end");
        Assert.That(certificate.Upper, Is.GreaterThanOrEqualTo(truth), "upper end");
        // Once Lanczos has converged, the upper end is the Ritz value inflated by at most the slack the step count was chosen for.
        Assert.That(certificate.Upper, Is.LessThanOrEqualTo(truth * (1 + NormCertificates.Slack) * (1 + Tolerances.LanczosDefault)), "upper end is useful");
    }

    /// <summary>Q diag(top, rest) Q^T with Q's first column u, |u^T b| = overlap for the Lanczos start b (seed 1).</summary>
    private static DenseOperator WithTopVectorNearlyOrthogonalToStart(double top, double[] rest, double overlap)
    {
        var n = rest.Length + 1;
        var b = Vector<double>.Build.DenseOfArray(RandomVectors.UnitGaussian(n, 1));
        var random = new Random(21);
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() - 0.5);
        var perpendicular = g.Column(0) - b * (b * g.Column(0));
        perpendicular /= perpendicular.L2Norm();
        var u = perpendicular * Math.Sqrt(1 - overlap * overlap) + b * overlap;
        g.SetColumn(0, u);
        var q = g.QR().Q;
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray([top, .. rest]) * q.Transpose();
        return DenseOperator.FromArray(((a + a.Transpose()) / 2).ToArray());
    }
}
