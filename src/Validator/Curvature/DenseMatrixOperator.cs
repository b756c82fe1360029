namespace BoundCheck.Validator.Curvature;

/// <summary>A dense rows x cols matrix stored column-major (entry (i, j) at i + j*rows) as an <see cref="IRectangularOperator"/>.</summary>
public sealed class DenseMatrixOperator : IRectangularOperator
{
    private readonly double[] values;

    /// <summary>Wraps <paramref name="columnMajor"/> without copying.</summary>
    public DenseMatrixOperator(int rows, int columns, double[] columnMajor)
    {
        if (rows < 1 || columns < 1 || columnMajor.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} x {columns} = {(long)rows * columns} entries, got {columnMajor.Length}.", nameof(columnMajor));
        }
        Rows = rows;
        Columns = columns;
        values = columnMajor;
    }

    /// <inheritdoc />
    public int Rows { get; }

    /// <inheritdoc />
    public int Columns { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        y[..Rows].Clear();
        for (int j = 0; j < Columns; j++)
        {
            VectorOps.Axpy(x[j], values.AsSpan(j * Rows, Rows), y);
        }
    }

    /// <inheritdoc />
    public void ApplyTranspose(ReadOnlySpan<double> y, Span<double> x)
    {
        for (int j = 0; j < Columns; j++)
        {
            x[j] = VectorOps.Dot(values.AsSpan(j * Rows, Rows), y);
        }
    }
}
