using BoundCheck.Validator.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>A dense symmetric eigendecomposition: values ascending, vectors n x n column-major (column j for value j).</summary>
/// <param name="Backend">"LAPACK dsyevd/dsyevr/dgesdd (OpenBLAS ...)" or the MathNet fallback with the reason it ran.</param>
public sealed record DenseEigenResult(double[] Values, double[]? Vectors, string Backend);

/// <summary>A thin SVD A = U diag(S) V^T: S descending, U rows x k, Vt k x cols, column-major (k = min(rows, cols)).</summary>
public sealed record DenseSvdResult(double[] S, double[] U, double[] Vt, string Backend);

/// <summary>
/// Dense symmetric eigensolver and SVD: LAPACK's dsyevd and dgesdd from OpenBLAS, or MathNet's managed EVD/SVD when
/// OpenBLAS is absent or forced off (the result names which one ran, never silently).
/// </summary>
public static class DenseEigen
{
    /// <summary>The backend the next call will use.</summary>
    public static string Backend => Lapack.Default?.Name ?? (Blas.Default.IsManaged && Blas.OpenBlasOrNull is not null
        ? "MathNet managed EVD/SVD (OpenBLAS forced off by BOUNDCHECK_BLAS=managed)"
        : "MathNet managed EVD/SVD (OpenBLAS not found)");

    /// <summary>Eigen-decomposes the symmetric n x n column-major <paramref name="symmetric"/> (not modified; lower triangle read).</summary>
    public static DenseEigenResult Symmetric(ReadOnlySpan<double> symmetric, int n, bool vectors)
    {
        if (n < 1 || symmetric.Length != (long)n * n)
        {
            throw new ArgumentException($"expected {n} x {n} entries, got {symmetric.Length}", nameof(symmetric));
        }
        if (Lapack.Default is { } lapack)
        {
            var a = symmetric.ToArray();
            var values = new double[n];
            var info = lapack.Dsyevd(vectors, n, a, values);
            if (info != 0)
            {
                throw new InvalidOperationException($"dsyevd failed with INFO = {info} on a {n} x {n} matrix");
            }
            return new DenseEigenResult(values, vectors ? a : null, lapack.Name);
        }
        return Managed(symmetric, n, vectors);
    }

    /// <summary>
    /// The eigenpairs of the symmetric n x n <paramref name="symmetric"/> (not modified) with eigenvalue above
    /// <paramref name="above"/>: dsyevr computes only those (a tridiagonalisation and a few vectors, not all n); the
    /// fallback computes all and keeps those. Values ascending, vectors n x count column-major.
    /// </summary>
    public static (double[] Values, double[] Vectors) SymmetricAbove(ReadOnlySpan<double> symmetric, int n, double above)
    {
        if (n < 1 || symmetric.Length != (long)n * n)
        {
            throw new ArgumentException($"expected {n} x {n} entries, got {symmetric.Length}", nameof(symmetric));
        }
        if (Lapack.Default is { } lapack)
        {
            return lapack.DsyevrAbove(n, symmetric.ToArray(), above);
        }
        var all = Managed(symmetric, n, vectors: true);
        var first = Array.FindIndex(all.Values, v => v > above);
        return first < 0 ? ([], []) : (all.Values[first..], all.Vectors![(first * n)..]);
    }

    /// <summary>Thin SVD of the rows x cols column-major <paramref name="matrix"/> (not modified).</summary>
    public static DenseSvdResult Svd(ReadOnlySpan<double> matrix, int rows, int cols)
    {
        var k = Math.Min(rows, cols);
        if (k < 1 || matrix.Length != (long)rows * cols)
        {
            throw new ArgumentException($"expected {rows} x {cols} entries, got {matrix.Length}", nameof(matrix));
        }
        if (Lapack.Default is { } lapack)
        {
            var (s, u, vt) = (new double[k], new double[rows * k], new double[k * cols]);
            var info = lapack.Dgesdd(rows, cols, matrix.ToArray(), s, u, vt);
            if (info != 0)
            {
                throw new InvalidOperationException($"dgesdd failed with INFO = {info} on a {rows} x {cols} matrix");
            }
            return new DenseSvdResult(s, u, vt, lapack.Name);
        }
        var svd = Matrix<double>.Build.Dense(rows, cols, matrix.ToArray()).Svd(computeVectors: true);
        var left = svd.U.SubMatrix(0, rows, 0, k).ToColumnMajorArray();
        var right = svd.VT.SubMatrix(0, k, 0, cols).ToColumnMajorArray();
        return new DenseSvdResult(svd.S.ToArray(), left, right, Backend);
    }

    private static DenseEigenResult Managed(ReadOnlySpan<double> symmetric, int n, bool vectors)
    {
        // Mirror the lower triangle, as dsyevd reads only it.
        var full = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            for (var i = j; i < n; i++)
            {
                full[j * n + i] = full[i * n + j] = symmetric[j * n + i];
            }
        }
        var evd = Matrix<double>.Build.Dense(n, n, full).Evd(Symmetricity.Symmetric);
        var raw = evd.EigenValues.Select(z => z.Real).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => raw[i]).ToArray();
        double[]? columns = null;
        if (vectors)
        {
            columns = new double[n * n];
            for (var j = 0; j < n; j++)
            {
                for (var i = 0; i < n; i++)
                {
                    columns[j * n + i] = evd.EigenVectors[i, order[j]];
                }
            }
        }
        return new DenseEigenResult([.. order.Select(i => raw[i])], columns, Backend);
    }
}
