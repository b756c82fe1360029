namespace BoundCheck.Validator.Curvature;

/// <summary>An <see cref="ILinearOperator"/> over a dense symmetric n x n matrix (row-major; tests and small problems).</summary>
public sealed class DenseOperator : ILinearOperator
{
    private readonly double[] values;

    /// <summary>Wraps <paramref name="values"/> (n*n entries, row-major, symmetric) without copying.</summary>
    public DenseOperator(int dimension, double[] values)
    {
        if (dimension < 1 || values.Length != (long)dimension * dimension)
        {
            throw new ArgumentException($"Expected {dimension} x {dimension} = {(long)dimension * dimension} entries, got {values.Length}.", nameof(values));
        }
        Dimension = dimension;
        this.values = values;
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>Entry (i, j).</summary>
    public double this[int i, int j] => values[i * Dimension + j];

    /// <summary>Copies a symmetric 2-D array into a dense operator.</summary>
    public static DenseOperator FromArray(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"Matrix must be square, got {n} x {matrix.GetLength(1)}.", nameof(matrix));
        }
        var values = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                values[i * n + j] = matrix[i, j];
            }
        }
        return new DenseOperator(n, values);
    }

    /// <summary>The n x n matrix as a 2-D array (a copy).</summary>
    public double[,] ToArray()
    {
        var matrix = new double[Dimension, Dimension];
        for (int i = 0; i < Dimension; i++)
        {
            for (int j = 0; j < Dimension; j++)
            {
                matrix[i, j] = values[i * Dimension + j];
            }
        }
        return matrix;
    }

    /// <summary>Materialises any operator as a dense matrix by n products with the unit vectors.</summary>
    public static DenseOperator Materialise(ILinearOperator op)
    {
        int n = op.Dimension;
        var values = new double[n * n];
        var e = new double[n];
        for (int j = 0; j < n; j++)
        {
            e[j] = 1;
            op.Apply(e, values.AsSpan(j * n, n));
            e[j] = 0;
        }
        return new DenseOperator(n, values);
    }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < Dimension; i++)
        {
            y[i] = VectorOps.Dot(values.AsSpan(i * Dimension, Dimension), x);
        }
    }
}
