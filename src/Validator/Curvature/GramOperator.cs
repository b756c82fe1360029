namespace BoundCheck.Validator.Curvature;

/// <summary>
/// The symmetric positive semidefinite Gram operator of a rectangular A on its smaller side: A^T A when
/// Columns &lt;= Rows, else A A^T (same nonzero eigenvalues sigma_i^2, shorter Lanczos vectors).
/// </summary>
public sealed class GramOperator : ILinearOperator
{
    private readonly IRectangularOperator a;
    private readonly double[] buffer;

    /// <summary>Wraps <paramref name="a"/>.</summary>
    public GramOperator(IRectangularOperator a)
    {
        this.a = a;
        UsesColumns = a.Columns <= a.Rows;
        Dimension = UsesColumns ? a.Columns : a.Rows;
        buffer = new double[UsesColumns ? a.Rows : a.Columns];
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>True for A^T A, false for A A^T.</summary>
    public bool UsesColumns { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        if (UsesColumns)
        {
            a.Apply(x, buffer);
            a.ApplyTranspose(buffer, y);
        }
        else
        {
            a.ApplyTranspose(x, buffer);
            a.Apply(buffer, y);
        }
    }
}
