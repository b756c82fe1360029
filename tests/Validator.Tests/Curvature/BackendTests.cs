using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Curvature;

/// <summary>The BLAS-backed Krylov basis and dense operator agree across backends and with dense ground truth.</summary>
public sealed class BackendTests
{
    [Test]
    public void Lanczos_on_managed_and_OpenBLAS_agree_across_many_basis_blocks()
    {
        Assume.That(Blas.OpenBlasOrNull, Is.Not.Null, "OpenBLAS not installed");
        var c = KnownSpectra.All().Single(k => k.Name == "uniform");
        var options = new LanczosOptions(Tolerance: Tolerances.LanczosTight);
        var managed = Lanczos.Run(c.Operator(), options, blas: Blas.Managed);
        var native = Lanczos.Run(c.Operator(), options, blas: Blas.OpenBlasOrNull);
        Assert.Multiple(() =>
        {
            Assert.That(managed.Iterations, Is.GreaterThan(32), "the basis must span several storage blocks");
            Assert.That(native.Largest.Value, Is.EqualTo(c.Max).Within(Tolerances.Lanczos * c.Norm));
            Assert.That(managed.Largest.Value, Is.EqualTo(c.Max).Within(Tolerances.Lanczos * c.Norm));
            Assert.That(managed.Smallest.Value, Is.EqualTo(native.Smallest.Value).Within(Tolerances.Lanczos * c.Norm));
        });
    }

    [Test]
    public void Ritz_vector_spanning_several_blocks_is_unit_and_certified()
    {
        var c = KnownSpectra.All().Single(k => k.Name == "clustered-top");
        var op = c.Operator();
        var result = Lanczos.Run(op, new LanczosOptions(Tolerance: Tolerances.LanczosTight, Target: SpectrumEnd.Smallest, ComputeVectors: true));
        var y = result.Smallest.Vector!;
        var ay = new double[y.Length];
        op.Apply(y, ay);
        double residual = Math.Sqrt(ay.Zip(y, (a, v) => (a - result.Smallest.Value * v) * (a - result.Smallest.Value * v)).Sum());
        Assert.Multiple(() =>
        {
            Assert.That(result.Iterations, Is.GreaterThan(16));
            Assert.That(Math.Sqrt(y.Sum(v => v * v)), Is.EqualTo(1.0).Within(Tolerances.Dense));
            Assert.That(residual, Is.LessThanOrEqualTo(result.Smallest.Residual + Tolerances.Rounding * c.Norm));
        });
    }

    [Test]
    public void Dense_matrix_operator_matches_explicit_sums_on_both_backends()
    {
        const int rows = 37, columns = 23;
        var random = new Random(4);
        var a = Enumerable.Range(0, rows * columns).Select(_ => random.NextDouble() - 0.5).ToArray();
        var x = Enumerable.Range(0, columns).Select(_ => random.NextDouble()).ToArray();
        var u = Enumerable.Range(0, rows).Select(_ => random.NextDouble()).ToArray();
        var ax = Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, columns).Sum(j => a[i + j * rows] * x[j])).ToArray();
        var atu = Enumerable.Range(0, columns).Select(j => Enumerable.Range(0, rows).Sum(i => a[i + j * rows] * u[i])).ToArray();
        foreach (var blas in new[] { Blas.Managed, Blas.Default })
        {
            var op = new DenseMatrixOperator(rows, columns, a, blas);
            var y = new double[rows];
            var z = new double[columns];
            op.Apply(x, y);
            op.ApplyTranspose(u, z);
            Assert.That(y, Is.EqualTo(ax).Within(Tolerances.Dense), blas.Name);
            Assert.That(z, Is.EqualTo(atu).Within(Tolerances.Dense), blas.Name);
        }
    }
}
