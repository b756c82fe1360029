namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Independent symmetric maps A_0..A_{k-1} on R^n applied together, so that one call does the work of many with
/// matrix-matrix products (a predictor Hessian per input: one GEMM per layer over all inputs instead of k GEMVs).
/// </summary>
public interface IBatchedOperator
{
    /// <summary>n, the dimension every operator acts on.</summary>
    int Dimension { get; }

    /// <summary>k, the number of operators.</summary>
    int Count { get; }

    /// <summary>
    /// Y[:, c] = A_{problems[c]} X[:, c] for every c; X and Y are n x problems.Length column-major and Y is fully
    /// overwritten.
    /// </summary>
    void Apply(ReadOnlySpan<int> problems, ReadOnlySpan<double> x, Span<double> y);
}
