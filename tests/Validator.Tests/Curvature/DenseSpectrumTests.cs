using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class DenseSpectrumTests
{
    [Test]
    public void Eigenvalues_recover_a_known_spectrum()
    {
        double[] spectrum = [-2, 0.5, 1, 1, 7];
        var values = DenseSpectrum.Eigenvalues(KnownSpectra.WithSpectrum(spectrum, seed: 4));
        Assert.That(values, Is.EqualTo(spectrum.Order().ToArray()).Within(Tolerances.Dense * 7));
    }

    [Test]
    public void Eigenvectors_satisfy_A_v_equals_lambda_v()
    {
        var a = KnownSpectra.WithSpectrum([-1, 2, 3], seed: 5).ToArray();
        var (values, vectors) = DenseSpectrum.Eigen(a);
        for (int j = 0; j < 3; j++)
        {
            for (int i = 0; i < 3; i++)
            {
                double av = a[i, 0] * vectors[0, j] + a[i, 1] * vectors[1, j] + a[i, 2] * vectors[2, j];
                Assert.That(av, Is.EqualTo(values[j] * vectors[i, j]).Within(Tolerances.Dense * 3));
            }
        }
    }

    [Test]
    public void Singular_values_of_an_outer_product_sum_give_its_rank()
    {
        // A = 3 u1 v1^T + 0.5 u2 v2^T with orthonormal u's (5-dim) and v's (4-dim): rank 2, sigma = (3, 0.5, 0, 0).
        double[] u1 = [0.6, 0.8, 0, 0, 0], u2 = [0, 0, 1, 0, 0], v1 = [1, 0, 0, 0], v2 = [0, 0.6, 0.8, 0];
        var a = new double[5 * 4];
        for (int j = 0; j < 4; j++)
        {
            for (int i = 0; i < 5; i++)
            {
                a[i + j * 5] = 3 * u1[i] * v1[j] + 0.5 * u2[i] * v2[j];
            }
        }
        var svd = DenseSpectrum.SingularValues(a, 5, 4);
        Assert.Multiple(() =>
        {
            Assert.That(svd.Rank, Is.EqualTo(2));
            Assert.That(svd.SigmaMax, Is.EqualTo(3.0).Within(Tolerances.Dense));
            Assert.That(svd.Values[1], Is.EqualTo(0.5).Within(Tolerances.Dense));
            Assert.That(svd.SigmaMin, Is.LessThan(svd.Tolerance));
            Assert.That(svd.Tolerance, Is.EqualTo(5 * 2.220446049250313e-16 * 3).Within(Tolerances.RankThreshold));
            Assert.That(svd.IsFullRank, Is.False);
        });
    }
}
