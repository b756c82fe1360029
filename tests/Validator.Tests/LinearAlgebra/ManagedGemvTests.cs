using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Derivatives;

namespace BoundCheck.Validator.Tests.LinearAlgebra;

/// <summary>
/// The managed GEMV and level-1 routines (the Lanczos reorthogonalisation) against plain loops, on shapes below, at and
/// past one chunk of rows and past the parallel threshold, and bit-identical for 1 and 3 threads.
/// </summary>
public sealed class ManagedGemvTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (m, n) in new[] { (1, 1), (7, 13), (ManagedGemv.ChunkRows, 5), (ManagedGemv.ChunkRows + 3, 6), (40_001, 9) })
        {
            foreach (var trans in new[] { Transpose.No, Transpose.Yes })
            {
                yield return new TestCaseData(m, n, trans, 1.0, 0.0);
                yield return new TestCaseData(m, n, trans, -0.5, 0.75);
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void GemvMatchesLoopsAndIsIndependentOfThreads(int m, int n, Transpose trans, double alpha, double beta)
    {
        const int pad = 2;
        var rng = new Xoshiro256StarStar((ulong)(m + n));
        var a = Random(rng, (m + pad) * n);
        var (xLength, yLength) = trans == Transpose.No ? (n, m) : (m, n);
        var x = Random(rng, xLength);
        var y0 = beta == 0.0 ? Enumerable.Repeat(double.NaN, yLength).ToArray() : Random(rng, yLength);
        var expected = new double[yLength];
        for (var r = 0; r < yLength; r++)
        {
            var sum = 0.0;
            for (var s = 0; s < xLength; s++)
            {
                sum += (trans == Transpose.No ? a[r + s * (m + pad)] : a[s + r * (m + pad)]) * x[s];
            }
            expected[r] = beta == 0.0 ? alpha * sum : alpha * sum + beta * y0[r];
        }
        var results = new[] { 1, 3 }.Select(threads =>
        {
            var y = (double[])y0.Clone();
            ManagedBlas.Create(threads, GemmKernelKind.Portable).Gemv(trans, m, n, alpha, a, m + pad, x, beta, y);
            return y;
        }).ToArray();
        Assert.That(TestNets.RelativeError(results[0], expected), Is.LessThan(Tolerances.Backends));
        Assert.That(ManagedGemmTests.Bits(results[1]), Is.EqualTo(ManagedGemmTests.Bits(results[0])));
    }

    [TestCase(1)]
    [TestCase(13)]
    [TestCase(300_001)]
    public void LevelOneRoutinesMatchLoopsAndAreIndependentOfThreads(int n)
    {
        var rng = new Xoshiro256StarStar(4);
        var x = Random(rng, n);
        var y = Random(rng, n);
        var one = ManagedBlas.Create(1, GemmKernelKind.Portable);
        var three = ManagedBlas.Create(3, GemmKernelKind.Portable);
        var dot = x.Zip(y, (p, q) => p * q).Sum();
        var scale = Math.Sqrt(x.Sum(t => t * t) * y.Sum(t => t * t));
        Assert.That(one.Dot(x, y), Is.EqualTo(dot).Within(Tolerances.Backends * scale));
        Assert.That(BitConverter.DoubleToInt64Bits(three.Dot(x, y)), Is.EqualTo(BitConverter.DoubleToInt64Bits(one.Dot(x, y))));
        Assert.That(three.Nrm2(x), Is.EqualTo(Math.Sqrt(x.Sum(t => t * t))).Within(Tolerances.Backends * Math.Sqrt(n)));
        var z1 = (double[])y.Clone();
        var z3 = (double[])y.Clone();
        one.Axpy(-2.5, x, z1);
        three.Axpy(-2.5, x, z3);
        Assert.That(TestNets.RelativeError(z1, y.Zip(x, (q, p) => q - 2.5 * p).ToArray()), Is.LessThan(Tolerances.Backends));
        Assert.That(ManagedGemmTests.Bits(z3), Is.EqualTo(ManagedGemmTests.Bits(z1)));
    }

    [TestCase(1e200, 3, 1.7320508075688772e200)]
    [TestCase(1e-200, 3, 1.7320508075688772e-200)]
    [TestCase(0.0, 5, 0.0)]
    public void Nrm2NeitherOverflowsNorUnderflows(double value, int n, double expected)
    {
        var x = Enumerable.Repeat(value, n).ToArray();
        Assert.That(Blas.Managed.Nrm2(x), Is.EqualTo(expected).Within(Tolerances.Backends * expected));
    }

    [Test]
    public void Nrm2OfNaNIsNaN() => Assert.That(Blas.Managed.Nrm2([1.0, double.NaN, 2.0]), Is.NaN);

    private static double[] Random(Xoshiro256StarStar rng, int length)
    {
        var values = new double[length];
        rng.FillGaussian(values, 1);
        return values;
    }
}
