using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>
/// All eigenvalues of a formed symmetric matrix with a backward-error bound: every eigenvalue lambda_i of the exact
/// matrix lies within <see cref="Bound"/> of <c>Values[i]</c> (both ascending).
/// </summary>
/// <param name="EigenBound">Rigorous: how far the eigenvalues of S = (A + A^T)/2 (A as formed) can be from Values.</param>
/// <param name="FormingError">The error of forming A: rigorous when the caller supplies a bound (a GEMM's), else an estimate
/// (the asymmetry ||A - A^T||_F of a matrix that is symmetric in exact arithmetic, plus n eps ||A||_F).</param>
public sealed record ExactSpectrum(double[] Values, double EigenBound, double FormingError, bool FormingRigorous, string Backend)
{
    private const double Eps = 1.1102230246251565e-16;

    /// <summary>EigenBound + FormingError.</summary>
    public double Bound => EigenBound + FormingError;

    /// <summary>max |lambda| of the computed values.</summary>
    public double Norm => Math.Max(Math.Abs(Values[0]), Math.Abs(Values[^1]));

    /// <summary>
    /// Decomposes the n x n column-major <paramref name="formed"/> (not modified) and bounds the error. For the computed
    /// pairs (Lambda, V) of S, with R = S V - V Lambda and eta = ||V^T V - I||_2 &lt; 1: the polar factor U = V (V^T V)^(-1/2)
    /// is orthogonal and U^T S U = Lambda + F with F symmetric and ||F||_2 &lt;= (||R||_2 + 2 eta ||Lambda||_2) / (1 - eta),
    /// so by Weyl |lambda_i(S) - Lambda_i| &lt;= ||F||_2. Frobenius norms bound the 2-norms, and the rounding of computing R
    /// (gamma_(n+2) (||S||_F + ||Lambda||_2) ||V||_F) and V^T V - I (n gamma_n) is added, gamma_k = k eps / (1 - k eps).
    /// </summary>
    /// <param name="formingBound">A rigorous bound on ||A_formed - A_exact||_2 when the caller has one; null for the estimate.</param>
    public static ExactSpectrum Of(ReadOnlySpan<double> formed, int n, double? formingBound = null, BlasBackend? blas = null)
    {
        blas ??= Blas.Default;
        var s = new double[n * n];
        var asymmetry = 0.0;
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                var (a, b) = (formed[j * n + i], formed[i * n + j]);
                s[j * n + i] = 0.5 * (a + b);
                asymmetry += (a - b) * (a - b);
            }
        }
        var frobenius = Math.Sqrt(VectorOps.Dot(s, s));
        var eigen = DenseEigen.Symmetric(s, n, vectors: true);
        var (values, v) = (eigen.Values, eigen.Vectors!);
        var top = Math.Max(Math.Abs(values[0]), Math.Abs(values[^1]));
        var r = new double[n * n];
        blas.Gemm(Transpose.No, Transpose.No, n, n, n, 1.0, s, n, v, n, 0.0, r, n);
        for (var j = 0; j < n; j++)
        {
            VectorOps.Axpy(-values[j], v.AsSpan(j * n, n), r.AsSpan(j * n, n));
        }
        var gram = new double[n * n];
        blas.Gemm(Transpose.Yes, Transpose.No, n, n, n, 1.0, v, n, v, n, 0.0, gram, n);
        for (var i = 0; i < n; i++)
        {
            gram[i * n + i] -= 1;
        }
        var eta = Math.Sqrt(VectorOps.Dot(gram, gram)) + n * Gamma(n);
        if (!(eta < 0.5))
        {
            throw new InvalidOperationException($"the computed eigenvectors of a {n} x {n} matrix are not orthonormal (||V^T V - I|| = {eta:G3})");
        }
        var vNorm = Math.Sqrt(n * (1 + eta));
        var residual = Math.Sqrt(VectorOps.Dot(r, r)) + Gamma(n + 2) * (frobenius + top) * vNorm;
        var eigenBound = (residual + 2 * eta * top) / (1 - eta);
        var forming = formingBound ?? Math.Sqrt(asymmetry) + n * Eps * frobenius;
        return new ExactSpectrum(values, eigenBound, forming, formingBound is not null, eigen.Backend);
    }

    /// <summary>gamma_k = k eps / (1 - k eps), the classical bound on the rounding of a k-term sum.</summary>
    public static double Gamma(int k) => k * Eps / (1 - k * Eps);
}
