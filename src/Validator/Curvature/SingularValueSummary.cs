namespace BoundCheck.Validator.Curvature;

/// <summary>Singular values of a dense matrix and its numerical rank.</summary>
/// <param name="Values">All min(rows, cols) singular values, descending.</param>
/// <param name="Rank">Number of singular values above <paramref name="Tolerance"/>.</param>
/// <param name="SigmaMax">Largest singular value.</param>
/// <param name="SigmaMin">Smallest of the min(rows, cols) singular values (the margin of a full-rank "holds").</param>
/// <param name="Tolerance">max(rows, cols) * eps * sigma_max (the LAPACK/NumPy matrix_rank default).</param>
public sealed record SingularValueSummary(double[] Values, int Rank, double SigmaMax, double SigmaMin, double Tolerance)
{
    /// <summary>sigma_min / sigma_max (0 for the zero matrix).</summary>
    public double InverseCondition => SigmaMax > 0 ? SigmaMin / SigmaMax : 0;

    /// <summary>True when Rank = min(rows, cols).</summary>
    public bool IsFullRank => Rank == Values.Length;
}
