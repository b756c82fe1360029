namespace BoundCheck.Validator.Curvature;

/// <summary>A linear map R^Columns -> R^Rows given by products with A and A^T (e.g. a weight matrix W_l).</summary>
public interface IRectangularOperator
{
    /// <summary>Number of rows of A.</summary>
    int Rows { get; }

    /// <summary>Number of columns of A.</summary>
    int Columns { get; }

    /// <summary>y = A x (x of length Columns, y of length Rows, fully overwritten).</summary>
    void Apply(ReadOnlySpan<double> x, Span<double> y);

    /// <summary>x = A^T y (y of length Rows, x of length Columns, fully overwritten).</summary>
    void ApplyTranspose(ReadOnlySpan<double> y, Span<double> x);
}
