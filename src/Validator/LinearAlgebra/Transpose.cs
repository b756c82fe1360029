namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>Whether a BLAS routine reads a matrix as stored (column-major) or transposed.</summary>
public enum Transpose
{
    /// <summary>op(A) = A.</summary>
    No,
    /// <summary>op(A) = A^T.</summary>
    Yes,
}
