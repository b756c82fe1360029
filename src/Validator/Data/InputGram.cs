using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Data;

/// <summary>The input Gram matrix X X^T (n x n, K_ij = x_i . x_j) and its extreme eigenvalues.</summary>
public static class InputGram
{
    /// <summary>K = X X^T as an n x n array.</summary>
    public static double[,] Matrix(Dataset data)
    {
        int n = data.Count;
        var k = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                k[i, j] = k[j, i] = VectorOps.Dot(data.Input(i), data.Input(j));
            }
        }
        return k;
    }

    /// <summary>lambda_min(X X^T): positive iff the inputs are linearly independent (needs d &gt;= n).</summary>
    public static double SmallestEigenvalue(Dataset data) => DenseSpectrum.Eigenvalues(Matrix(data))[0];
}
