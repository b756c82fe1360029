using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models.Mlp;

namespace BoundCheck.Validator.Tests.LinearAlgebra;

public sealed class BlasTests
{
    private static IEnumerable<BlasBackend> Backends()
    {
        yield return Blas.Managed;
        if (Blas.OpenBlasOrNull is { } native)
        {
            yield return native;
        }
    }

    private static IEnumerable<TestCaseData> GemmCases()
    {
        foreach (var backend in Backends())
        {
            foreach (var ta in new[] { Transpose.No, Transpose.Yes })
            {
                foreach (var tb in new[] { Transpose.No, Transpose.Yes })
                {
                    yield return new TestCaseData(backend, ta, tb, 0.0).SetArgDisplayNames(backend.Name, $"{ta}", $"{tb}", "beta0");
                    yield return new TestCaseData(backend, ta, tb, 0.5).SetArgDisplayNames(backend.Name, $"{ta}", $"{tb}", "beta.5");
                }
            }
        }
    }

    [TestCaseSource(nameof(GemmCases))]
    public void GemmMatchesTripleLoopWithPaddedLeadingDimensions(BlasBackend blas, Transpose ta, Transpose tb, double beta)
    {
        const int m = 37, n = 13, k = 70, pad = 3;
        var rng = new Xoshiro256StarStar(7);
        var (aRows, aCols) = ta == Transpose.No ? (m, k) : (k, m);
        var (bRows, bCols) = tb == Transpose.No ? (k, n) : (n, k);
        var a = Random(rng, (aRows + pad) * aCols);
        var b = Random(rng, (bRows + pad) * bCols);
        var c = Random(rng, (m + pad) * n);
        var expected = (double[])c.Clone();
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var p = 0; p < k; p++)
                {
                    var aip = ta == Transpose.No ? a[i + p * (aRows + pad)] : a[p + i * (aRows + pad)];
                    var bpj = tb == Transpose.No ? b[p + j * (bRows + pad)] : b[j + p * (bRows + pad)];
                    sum += aip * bpj;
                }
                expected[i + j * (m + pad)] = 1.5 * sum + beta * c[i + j * (m + pad)];
            }
        }
        blas.Gemm(ta, tb, m, n, k, 1.5, a, aRows + pad, b, bRows + pad, beta, c, m + pad);
        Assert.That(TestNets.RelativeError(c, expected), Is.LessThan(Tolerances.Backends));
    }

    [TestCaseSource(nameof(Backends))]
    public void LevelOneAndTwoRoutinesMatchLoops(BlasBackend blas)
    {
        var rng = new Xoshiro256StarStar(8);
        var x = Random(rng, 23);
        var y = Random(rng, 23);
        Assert.That(blas.Dot(x, y), Is.EqualTo(x.Zip(y, (p, q) => p * q).Sum()).Within(Tolerances.Backends * 10));
        Assert.That(blas.Nrm2(x), Is.EqualTo(Math.Sqrt(x.Sum(t => t * t))).Within(Tolerances.Backends * 10));
        var z = (double[])y.Clone();
        blas.Axpy(-2, x, z);
        Assert.That(z[5], Is.EqualTo(y[5] - 2 * x[5]).Within(Tolerances.Backends));
        var a = Random(rng, 23 * 4);
        var out4 = new double[4];
        blas.Gemv(Transpose.Yes, 23, 4, 2.0, a, 23, x, 0.0, out4);
        Assert.That(out4[3], Is.EqualTo(2 * Enumerable.Range(0, 23).Sum(i => a[i + 69] * x[i])).Within(Tolerances.Backends * 10));
        var out23 = new double[23];
        blas.Gemv(Transpose.No, 23, 4, 1.0, a, 23, out4, 0.0, out23);
        Assert.That(out23[7], Is.EqualTo(Enumerable.Range(0, 4).Sum(j => a[7 + 23 * j] * out4[j])).Within(Tolerances.Backends * 100));
    }

    [Test]
    public void LargeManagedGemmAgreesWithOpenBlas()
    {
        var native = Blas.OpenBlasOrNull;
        Assume.That(native, Is.Not.Null, "OpenBLAS not installed");
        const int m = 300, n = 129, k = 257;
        var rng = new Xoshiro256StarStar(9);
        var a = Random(rng, m * k);
        var b = Random(rng, k * n);
        var fromNative = new double[m * n];
        var fromManaged = new double[m * n];
        native!.Gemm(Transpose.No, Transpose.Yes, m, n, k, 1.0, a, m, b, n, 0.0, fromNative, m);
        Blas.Managed.Gemm(Transpose.No, Transpose.Yes, m, n, k, 1.0, a, m, b, n, 0.0, fromManaged, m);
        Assert.That(TestNets.RelativeError(fromManaged, fromNative), Is.LessThan(Tolerances.Backends));
    }

    [Test]
    public void TooShortSpansAreRejectedBeforeNativeCode()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Blas.Default.Gemm(Transpose.No, Transpose.No, 4, 4, 4, 1, new double[15], 4, new double[16], 4, 0, new double[16], 4));
        Assert.That(error!.Message, Does.Contain("15"));
    }

    [Test]
    public void BackendNamesSayWhatRuns()
    {
        Assert.That(Blas.Managed.Name, Does.StartWith("managed"));
        if (Blas.OpenBlasOrNull is { } native)
        {
            Assert.That(native.Name, Does.StartWith("OpenBLAS").And.Contain("threads"));
        }
    }

    private static double[] Random(Xoshiro256StarStar rng, int length)
    {
        var values = new double[length];
        rng.FillGaussian(values, 1);
        return values;
    }
}
