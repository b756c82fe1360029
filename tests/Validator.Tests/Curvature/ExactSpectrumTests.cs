using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class ExactSpectrumTests
{
    [TestCaseSource(typeof(KnownSpectra), nameof(KnownSpectra.All))]
    public void Every_known_eigenvalue_lies_within_the_backward_error(KnownSpectra.Case c)
    {
        var spectrum = ExactSpectrum.Of(ColumnMajor(c.Operator()), c.Eigenvalues.Length);
        var known = c.Eigenvalues.Order().ToArray();
        // The known spectrum is of Q diag Q^T before it was rounded to doubles: add that rounding (n eps ||A||).
        var rounding = known.Length * Tolerances.Rounding * c.Norm;
        for (var i = 0; i < known.Length; i++)
        {
            Assert.That(Math.Abs(spectrum.Values[i] - known[i]), Is.LessThanOrEqualTo(spectrum.Bound + rounding), $"eigenvalue {i}");
        }
        Assert.That(spectrum.Bound, Is.LessThan(Tolerances.Lanczos * c.Norm), "the bound is small");
    }

    [Test]
    public void The_asymmetry_of_a_formed_matrix_enters_the_forming_error()
    {
        var n = 30;
        var a = ColumnMajor(KnownSpectra.WithSpectrum([.. Enumerable.Range(1, n).Select(i => (double)i)], 3));
        a[5 * n + 2] += 1e-6;
        var spectrum = ExactSpectrum.Of(a, n);
        Assert.That(spectrum.FormingError, Is.GreaterThanOrEqualTo(1e-6));
        Assert.That(spectrum.FormingRigorous, Is.False);
    }

    [Test]
    public void Both_backends_agree_and_name_themselves()
    {
        var n = 40;
        var a = ColumnMajor(KnownSpectra.WithSpectrum([.. Enumerable.Range(0, n).Select(i => Math.Sin(i))], 5));
        var result = DenseEigen.Symmetric(a, n, vectors: false);
        Assert.That(result.Backend, Does.Contain(Lapack.Default is null ? "MathNet" : "dsyevd"));
        var reference = DenseSpectrum.Eigenvalues(KnownSpectra.WithSpectrum([.. Enumerable.Range(0, n).Select(i => Math.Sin(i))], 5).ToArray());
        Assert.That(result.Values, Is.EqualTo(reference).Within(Tolerances.Dense));
    }

    [Test]
    public void The_svd_reconstructs_its_matrix()
    {
        var (rows, cols) = (7, 4);
        var random = new Random(3);
        var a = Enumerable.Range(0, rows * cols).Select(_ => random.NextDouble() - 0.5).ToArray();
        var svd = DenseEigen.Svd(a, rows, cols);
        for (var j = 0; j < cols; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                var sum = Enumerable.Range(0, cols).Sum(k => svd.U[k * rows + i] * svd.S[k] * svd.Vt[j * cols + k]);
                Assert.That(sum, Is.EqualTo(a[j * rows + i]).Within(Tolerances.Dense));
            }
        }
        Assert.That(svd.S, Is.Ordered.Descending);
    }

    internal static double[] ColumnMajor(DenseOperator op)
    {
        var n = op.Dimension;
        var a = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                a[j * n + i] = op[i, j];
            }
        }
        return a;
    }
}
