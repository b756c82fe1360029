namespace BoundCheck.Validator.Curvature;

/// <summary>Operators formed as dense column-major matrices by products with the unit vectors (column j = A e_j).</summary>
public static class DenseForms
{
    /// <summary>The n x n matrix of <paramref name="op"/> (n products).</summary>
    public static double[] Of(ILinearOperator op)
    {
        var n = op.Dimension;
        var matrix = new double[(long)n * n];
        var e = new double[n];
        for (var j = 0; j < n; j++)
        {
            e[j] = 1;
            op.Apply(e, matrix.AsSpan(j * n, n));
            e[j] = 0;
        }
        return matrix;
    }

    /// <summary>The matrix of every operator of <paramref name="op"/>: one batched call per column over all problems.</summary>
    public static double[][] Of(IBatchedOperator op)
    {
        var (n, count) = (op.Dimension, op.Count);
        var matrices = Enumerable.Range(0, count).Select(_ => new double[(long)n * n]).ToArray();
        var problems = Enumerable.Range(0, count).ToArray();
        var x = new double[(long)n * count];
        var y = new double[(long)n * count];
        for (var j = 0; j < n; j++)
        {
            for (var c = 0; c < count; c++)
            {
                x[c * n + j] = 1;
            }
            op.Apply(problems, x, y);
            for (var c = 0; c < count; c++)
            {
                x[c * n + j] = 0;
                y.AsSpan(c * n, n).CopyTo(matrices[c].AsSpan(j * n, n));
            }
        }
        return matrices;
    }
}
