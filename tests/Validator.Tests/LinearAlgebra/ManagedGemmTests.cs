using BoundCheck.Validator.Tests.Models.Mlp;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Derivatives;

namespace BoundCheck.Validator.Tests.LinearAlgebra;

/// <summary>
/// The managed GEMM against a naive triple loop and against its specification written as a plain loop (depth cut at
/// multiples of <see cref="GemmKernel.DepthBlock"/>, one FMA per term), on every kernel this CPU runs, every transpose,
/// odd shapes (1 x 1, non-multiples of every block size, more rows than a row block, more columns than a column block,
/// few rows and many columns) and alpha/beta values including beta = 0 over a C full of NaN.
/// </summary>
public sealed class ManagedGemmTests
{
    private static readonly (int M, int N, int K)[] Shapes =
        [(1, 1, 1), (7, 13, 5), (7, 13, 300), (25, 9, 257), (200, 41, 300), (7, 1800, 300)];

    private static readonly (double Alpha, double Beta)[] Scalars = [(1.0, 0.0), (-0.7, 1.0), (1.5, 0.5)];

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var kernel in GemmKernels.Supported())
        {
            foreach (var (m, n, k) in Shapes)
            {
                foreach (var ta in new[] { Transpose.No, Transpose.Yes })
                {
                    foreach (var tb in new[] { Transpose.No, Transpose.Yes })
                    {
                        // Every alpha/beta on the kernel that runs here; the others share the store code, so one pair.
                        foreach (var (alpha, beta) in kernel == GemmKernels.Best ? Scalars : Scalars[^1..])
                        {
                            yield return new TestCaseData(kernel, m, n, k, ta, tb, alpha, beta);
                        }
                    }
                }
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesTripleLoopAndItsFmaSpecificationOnOneAndThreeThreads(GemmKernelKind kernel, int m, int n, int k,
        Transpose ta, Transpose tb, double alpha, double beta)
    {
        var problem = GemmProblem.Random(m, n, k, ta, tb, pad: 3, seed: m * 31 + n * 7 + k);
        if (beta == 0.0)
        {
            problem.FillC(double.NaN);
        }
        var naive = problem.Naive(alpha, beta);
        var specified = problem.Specified(alpha, beta, GemmKernel.DepthBlock);
        foreach (var threads in new[] { 1, 3 })
        {
            var c = problem.Run(ManagedBlas.Create(threads, kernel), alpha, beta);
            Assert.That(TestNets.RelativeError(c, naive), Is.LessThan(Tolerances.Backends), $"{threads} threads vs triple loop");
            Assert.That(Bits(c), Is.EqualTo(Bits(specified)), $"{threads} threads vs the FMA specification");
        }
    }

    [TestCase(0, 1.0, 0.5)]
    [TestCase(5, 0.0, 0.5)]
    [TestCase(5, 0.0, 0.0)]
    public void NoDepthOrZeroAlphaOnlyScalesC(int k, double alpha, double beta)
    {
        var problem = GemmProblem.Random(6, 4, k, Transpose.No, Transpose.No, pad: 0, seed: 2);
        Array.Fill(problem.A, double.NaN);
        var expected = problem.C.Select(x => beta * x).ToArray();
        var c = problem.Run(Blas.Managed, alpha, beta);
        Assert.That(c, Is.EqualTo(expected));
    }

    [TestCase(Transpose.No, Transpose.No, 1024, 128, 1024)]
    [TestCase(Transpose.Yes, Transpose.No, 1024, 128, 1024)]
    [TestCase(Transpose.No, Transpose.Yes, 1024, 1024, 128)]
    [TestCase(Transpose.Yes, Transpose.Yes, 130, 70, 600)]
    public void AgreesWithOpenBlasOnThePassShapes(Transpose ta, Transpose tb, int m, int n, int k)
    {
        var native = Blas.OpenBlasOrNull;
        Assume.That(native, Is.Not.Null, "OpenBLAS not installed");
        var problem = GemmProblem.Random(m, n, k, ta, tb, pad: 0, seed: 11);
        var fromNative = problem.Run(native!, 0.9, 0.3);
        var fromManaged = problem.Run(Blas.Managed, 0.9, 0.3);
        Assert.That(TestNets.RelativeError(fromManaged, fromNative), Is.LessThan(Tolerances.Backends));
    }

    [Test]
    public void TheBestKernelIsSupportedAndNamed()
    {
        Assert.That(GemmKernels.Supported(), Does.Contain(GemmKernels.Best).And.Contain(GemmKernelKind.Portable));
        Assert.That(Blas.Managed.Name, Does.Contain(GemmKernels.Describe(GemmKernels.Best)).And.Contain("threads"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagedBlas.Create(0, GemmKernelKind.Portable));
    }

    internal static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
