namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Eigenvalues of a symmetric tridiagonal matrix by the implicit QL method (EISPACK tql2, as in JAMA),
/// accumulating only selected rows of the eigenvector matrix: the Lanczos residual needs just the last row,
/// so the per-iteration solve costs O(k^2) and allocates nothing.
/// </summary>
internal static class TridiagonalEigen
{
    /// <summary>
    /// On entry <paramref name="values"/> holds the diagonal and <paramref name="work"/> the off-diagonal
    /// (work[i] = T[i, i+1], i &lt; k-1); both length k. On exit values holds the eigenvalues ascending and
    /// <paramref name="rows"/> (rowCount x k, row-major) holds rows firstRow.. of the orthogonal eigenvector
    /// matrix S (T = S diag(values) S^T). Returns false if QL failed to converge.
    /// </summary>
    public static bool Solve(Span<double> values, Span<double> work, Span<double> rows, int firstRow, int rowCount)
    {
        int n = values.Length;
        var d = values;
        var e = work;
        e[n - 1] = 0;
        rows[..(rowCount * n)].Clear();
        for (int r = 0; r < rowCount; r++)
        {
            rows[r * n + firstRow + r] = 1;
        }
        double f = 0, tst1 = 0;
        const double eps = 2.220446049250313e-16; // 2^-52
        for (int l = 0; l < n; l++)
        {
            tst1 = Math.Max(tst1, Math.Abs(d[l]) + Math.Abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.Abs(e[m]) > eps * tst1)
            {
                m++;
            }
            if (m > l)
            {
                int iterations = 0;
                do
                {
                    if (++iterations > 60)
                    {
                        return false;
                    }
                    // Wilkinson-type shift from the leading 2 x 2 block.
                    double g = d[l];
                    double p = (d[l + 1] - g) / (2 * e[l]);
                    double r = double.Hypot(p, 1);
                    if (p < 0)
                    {
                        r = -r;
                    }
                    d[l] = e[l] / (p + r);
                    d[l + 1] = e[l] * (p + r);
                    double dl1 = d[l + 1];
                    double h = g - d[l];
                    for (int i = l + 2; i < n; i++)
                    {
                        d[i] -= h;
                    }
                    f += h;
                    p = d[m];
                    double c = 1, c2 = 1, c3 = 1, s = 0, s2 = 0;
                    double el1 = e[l + 1];
                    for (int i = m - 1; i >= l; i--)
                    {
                        c3 = c2;
                        c2 = c;
                        s2 = s;
                        g = c * e[i];
                        h = c * p;
                        r = double.Hypot(p, e[i]);
                        e[i + 1] = s * r;
                        s = e[i] / r;
                        c = p / r;
                        p = c * d[i] - s * g;
                        d[i + 1] = h + s * (c * g + s * d[i]);
                        for (int k = 0; k < rowCount; k++)
                        {
                            int o = k * n;
                            double vh = rows[o + i + 1];
                            rows[o + i + 1] = s * rows[o + i] + c * vh;
                            rows[o + i] = c * rows[o + i] - s * vh;
                        }
                    }
                    p = -s * s2 * c3 * el1 * e[l] / dl1;
                    e[l] = s * p;
                    d[l] = c * p;
                }
                while (Math.Abs(e[l]) > eps * tst1);
            }
            d[l] += f;
            e[l] = 0;
        }
        SortAscending(d, rows, rowCount);
        return true;
    }

    private static void SortAscending(Span<double> d, Span<double> rows, int rowCount)
    {
        int n = d.Length;
        for (int i = 0; i < n - 1; i++)
        {
            int min = i;
            for (int j = i + 1; j < n; j++)
            {
                if (d[j] < d[min])
                {
                    min = j;
                }
            }
            if (min == i)
            {
                continue;
            }
            (d[i], d[min]) = (d[min], d[i]);
            for (int k = 0; k < rowCount; k++)
            {
                int o = k * n;
                (rows[o + i], rows[o + min]) = (rows[o + min], rows[o + i]);
            }
        }
    }
}
