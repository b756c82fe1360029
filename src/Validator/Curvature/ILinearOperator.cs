namespace BoundCheck.Validator.Curvature;

/// <summary>
/// A symmetric linear map R^n -> R^n given only by its action (STYLE.md item 3): the same Lanczos runs on a
/// test matrix with a known spectrum and on a network's exact Hessian-vector product.
/// </summary>
public interface ILinearOperator
{
    /// <summary>n, the dimension of the space the operator acts on.</summary>
    int Dimension { get; }

    /// <summary>y = A x. <paramref name="y"/> has length Dimension and is fully overwritten.</summary>
    void Apply(ReadOnlySpan<double> x, Span<double> y);
}
