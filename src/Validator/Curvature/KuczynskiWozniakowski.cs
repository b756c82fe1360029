namespace BoundCheck.Validator.Curvature;

/// <summary>
/// The probabilistic certificate of random-start Lanczos: J. Kuczynski and H. Wozniakowski, "Estimating the largest
/// eigenvalue by the power and Lanczos algorithms with a random start", SIAM J. Matrix Anal. Appl. 13(4):1094-1122,
/// 1992: the bound on the "probabilistic relative failure" of the Lanczos algorithm (the abstract: it "goes to zero ... at
/// most as sqrt n e^(-(2k-1) sqrt eps)"; the theorem's constant is 1.648). For a symmetric positive (semi)definite n x n
/// matrix A with largest eigenvalue lambda_1 and a start vector b uniform on the unit sphere, the largest Ritz value
/// xi_k of k Lanczos steps (Krylov space span{b, A b, ..., A^(k-1) b}) satisfies, for every eps in (0, 1),
/// <code>P( xi_k &lt; (1 - eps) lambda_1 ) &lt;= 1.648 sqrt(n) exp(-sqrt(eps) (2k - 1)).</code>
/// So with probability at least 1 - delta, lambda_1 &lt;= xi_k / (1 - eps(n, k, delta)), eps as in <see cref="Epsilon"/>.
/// The statement is about exact arithmetic; full reorthogonalisation keeps the computed Krylov basis orthonormal to
/// working precision, which is the regime in which computed and exact Lanczos agree.
/// </summary>
public static class KuczynskiWozniakowski
{
    /// <summary>The constant of the bound.</summary>
    public const double Constant = 1.648;

    /// <summary>The bound on P(xi_k &lt; (1 - eps) lambda_1) (may exceed 1, when it says nothing).</summary>
    public static double MissProbability(int n, int k, double eps)
    {
        Check(n, k);
        if (!(eps > 0 && eps < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(eps), eps, "eps must lie in (0, 1)");
        }
        return Constant * Math.Sqrt(n) * Math.Exp(-Math.Sqrt(eps) * (2.0 * k - 1));
    }

    /// <summary>
    /// The smallest eps with MissProbability(n, k, eps) &lt;= delta: sqrt(eps) = ln(1.648 sqrt(n) / delta) / (2k - 1).
    /// A value &gt;= 1 means k steps certify nothing at this delta.
    /// </summary>
    public static double Epsilon(int n, int k, double delta)
    {
        Check(n, k);
        if (!(delta > 0 && delta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "delta must lie in (0, 1)");
        }
        var root = Math.Log(Constant * Math.Sqrt(n) / delta) / (2.0 * k - 1);
        return root * root;
    }

    /// <summary>The fewest steps k with Epsilon(n, k, delta) &lt;= eps.</summary>
    public static int Steps(int n, double delta, double eps)
    {
        if (!(eps > 0 && eps < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(eps), eps, "eps must lie in (0, 1)");
        }
        var k = (int)Math.Ceiling((Math.Log(Constant * Math.Sqrt(n) / delta) / Math.Sqrt(eps) + 1) / 2);
        return Math.Max(1, k);
    }

    private static void Check(int n, int k)
    {
        if (n < 1 || k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), $"dimension and steps must be >= 1, got n = {n}, k = {k}");
        }
    }
}
