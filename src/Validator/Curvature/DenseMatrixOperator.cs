using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>A dense rows x cols matrix stored column-major (entry (i, j) at i + j*rows) as an <see cref="IRectangularOperator"/>.</summary>
public sealed class DenseMatrixOperator : IRectangularOperator
{
    private readonly double[] values;
    private readonly BlasBackend blas;

    /// <summary>Wraps <paramref name="columnMajor"/> without copying; products are GEMVs on <paramref name="blas"/> (default <see cref="Blas.Default"/>).</summary>
    public DenseMatrixOperator(int rows, int columns, double[] columnMajor, BlasBackend? blas = null)
    {
        if (rows < 1 || columns < 1 || columnMajor.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} x {columns} = {(long)rows * columns} entries, got {columnMajor.Length}.", nameof(columnMajor));
        }
        Rows = rows;
        Columns = columns;
        values = columnMajor;
        this.blas = blas ?? Blas.Default;
    }

    /// <inheritdoc />
    public int Rows { get; }

    /// <inheritdoc />
    public int Columns { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> x, Span<double> y) =>
        blas.Gemv(Transpose.No, Rows, Columns, 1.0, values, Rows, x, 0.0, y);

    /// <inheritdoc />
    public void ApplyTranspose(ReadOnlySpan<double> y, Span<double> x) =>
        blas.Gemv(Transpose.Yes, Rows, Columns, 1.0, values, Rows, y, 0.0, x);
}
