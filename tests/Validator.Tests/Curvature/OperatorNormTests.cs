using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class OperatorNormTests
{
    [TestCase(40, 40)]
    [TestCase(60, 25)]
    [TestCase(25, 60)]
    public void Matches_the_largest_dense_singular_value(int rows, int columns)
    {
        var random = new Random(rows * 1000 + columns);
        var w = Enumerable.Range(0, rows * columns).Select(_ => random.NextDouble() - 0.5).ToArray();
        double sigmaMax = DenseSpectrum.SingularValues(w, rows, columns).SigmaMax;
        var estimate = Spectra.SpectralNorm(w, rows, columns, tolerance: Tolerances.LanczosTight);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.IsSuccess, Is.True);
            Assert.That(estimate.Value, Is.EqualTo(sigmaMax).Within(Tolerances.Lanczos * sigmaMax));
            Assert.That(Math.Abs(estimate.Value - sigmaMax), Is.LessThanOrEqualTo(estimate.Residual + Tolerances.Rounding * sigmaMax));
        });
    }

    [Test]
    public void Dense_matrix_operator_applies_A_and_its_transpose()
    {
        // A = [[1, 2, 3], [4, 5, 6]] column-major.
        var a = new DenseMatrixOperator(2, 3, [1, 4, 2, 5, 3, 6]);
        var y = new double[2];
        var x = new double[3];
        a.Apply([1, 0, -1], y);
        a.ApplyTranspose([1, 1], x);
        Assert.Multiple(() =>
        {
            Assert.That(y, Is.EqualTo(new double[] { -2, -2 }).Within(Tolerances.Dense));
            Assert.That(x, Is.EqualTo(new double[] { 5, 7, 9 }).Within(Tolerances.Dense));
        });
    }
}
