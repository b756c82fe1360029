using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>Full dense decompositions (MathNet) for small problems and ground truth.</summary>
public static class DenseSpectrum
{
    /// <summary>All eigenvalues of a symmetric matrix, ascending.</summary>
    public static double[] Eigenvalues(double[,] symmetric)
    {
        var evd = Symmetrised(symmetric).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(z => z.Real).ToArray();
        Array.Sort(values);
        return values;
    }

    /// <summary>All eigenvalues of a symmetric operator (materialised by n products), ascending.</summary>
    public static double[] Eigenvalues(ILinearOperator op) => Eigenvalues(DenseOperator.Materialise(op).ToArray());

    /// <summary>
    /// Eigenvalues ascending and the orthonormal eigenvectors as the columns of an n x n array (column j
    /// belongs to eigenvalue j).
    /// </summary>
    public static (double[] Values, double[,] Vectors) Eigen(double[,] symmetric)
    {
        var evd = Symmetrised(symmetric).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(z => z.Real).ToArray();
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        int n = values.Length;
        var vectors = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                vectors[i, j] = evd.EigenVectors[i, order[j]];
            }
        }
        return (order.Select(i => values[i]).ToArray(), vectors);
    }

    /// <summary>Singular values and numerical rank of a dense rows x cols matrix stored column-major.</summary>
    public static SingularValueSummary SingularValues(double[] columnMajor, int rows, int columns)
    {
        if (rows < 1 || columns < 1 || columnMajor.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} x {columns} = {(long)rows * columns} entries, got {columnMajor.Length}.", nameof(columnMajor));
        }
        var matrix = Matrix<double>.Build.Dense(rows, columns, columnMajor);
        var values = matrix.Svd(computeVectors: false).S.ToArray();
        Array.Sort(values, (a, b) => b.CompareTo(a));
        double sigmaMax = values[0];
        double tolerance = Math.Max(rows, columns) * 2.220446049250313e-16 * sigmaMax;
        int rank = values.Count(s => s > tolerance);
        return new SingularValueSummary(values, rank, sigmaMax, values[^1], tolerance);
    }

    // (A + A^T)/2 removes rounding asymmetry that would otherwise give complex eigenvalue noise.
    private static Matrix<double> Symmetrised(double[,] symmetric)
    {
        if (symmetric.GetLength(0) != symmetric.GetLength(1))
        {
            throw new ArgumentException($"Matrix must be square, got {symmetric.GetLength(0)} x {symmetric.GetLength(1)}.", nameof(symmetric));
        }
        var a = Matrix<double>.Build.DenseOfArray(symmetric);
        return (a + a.Transpose()) * 0.5;
    }
}
