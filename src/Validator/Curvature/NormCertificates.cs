using System.Globalization;

namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Certificates for spectral norms (DESIGN.md, "Verdicts": a spectral `holds` carries one). Dense where the operator is
/// small (<see cref="ExactMaxDimension"/>), else Kuczynski-Wozniakowski on a PSD form of the Lanczos run.
/// </summary>
public static class NormCertificates
{
    /// <summary>The default probability that a certified upper end is exceeded.</summary>
    public const double DefaultDelta = 1e-3;

    /// <summary>Operators up to this dimension are formed densely and solved (dsyevd): the `exact` certificate.</summary>
    public const int ExactMaxDimension = 128;

    /// <summary>
    /// How far above the Ritz value a probabilistic upper end may lie before Lanczos may stop (relative): with
    /// Upper = value / sqrt(1 - eps), eps &lt;= 1 - 1/(1 + Slack)^2.
    /// </summary>
    public const double Slack = 0.05;

    private static double SlackEpsilon => 1 - 1 / ((1 + Slack) * (1 + Slack));

    /// <summary>Lanczos steps j on a symmetric H of dimension n so that the H^2 certificate (k = (j + 1)/2) meets <see cref="Slack"/>.</summary>
    public static int NormSteps(int n, double delta) => 2 * KuczynskiWozniakowski.Steps(n, delta, SlackEpsilon) - 1;

    /// <summary>Lanczos steps on a PSD Gram operator of dimension n so that the certificate of sqrt(lambda_max) meets <see cref="Slack"/>.</summary>
    public static int GramSteps(int n, double delta) => KuczynskiWozniakowski.Steps(n, delta, SlackEpsilon);

    /// <summary>
    /// ||H||_2 = max |lambda| of a symmetric (indefinite) H of dimension n from a Lanczos run on H with a uniformly random
    /// start b, through the PSD form H^2. With H Q_j = Q_(j+1) T~ (T~ the (j+1) x j extended tridiagonal matrix),
    /// mu = sigma_max(T~)^2 is the largest Rayleigh quotient of H^2 on span(Q_j) = K_j(H, b), which contains
    /// K_k(H^2, b) for k = floor((j + 1)/2); so mu &gt;= xi_k(H^2, b), and with probability &gt;= 1 - delta,
    /// ||H||^2 = lambda_max(H^2) &lt;= mu / (1 - eps(n, k, delta)). Lower end: |theta| - residual (some eigenvalue of H
    /// lies within the residual of the extreme Ritz value theta).
    /// </summary>
    public static Certificate FromLanczosNorm(LanczosResult run, int n, double delta)
    {
        var (alpha, beta) = Tridiagonal(run);
        var j = alpha.Count;
        var extended = new double[j * j];
        // T~^T T~ = T^2 + beta_j^2 e_j e_j^T, T symmetric tridiagonal.
        for (var c = 0; c < j; c++)
        {
            for (var r = Math.Max(0, c - 2); r <= Math.Min(j - 1, c + 2); r++)
            {
                var sum = 0.0;
                for (var t = Math.Max(0, Math.Max(r, c) - 1); t <= Math.Min(j - 1, Math.Min(r, c) + 1); t++)
                {
                    sum += Entry(alpha, beta, r, t) * Entry(alpha, beta, t, c);
                }
                extended[c * j + r] = sum;
            }
        }
        extended[j * j - 1] += beta[j - 1] * beta[j - 1];
        var mu = Math.Max(0, DenseEigen.Symmetric(extended, j, vectors: false).Values[^1]);
        var k = (j + 1) / 2;
        var norm = run.Norm;
        var lower = Math.Max(0, norm.Value - norm.Residual);
        return Probabilistic(n, k, delta, lower, Math.Sqrt(mu), $"{j} Lanczos steps on H hold K_{k}(H^2, b)");
    }

    /// <summary>
    /// sigma_max = sqrt(lambda_max(G)) from a Lanczos run on a PSD Gram operator G = A^T A of dimension n (random start):
    /// with probability &gt;= 1 - delta, lambda_max &lt;= theta_max / (1 - eps(n, j, delta)). Lower end sqrt(theta - residual).
    /// </summary>
    public static Certificate FromLanczosGram(LanczosResult run, int n, double delta)
    {
        var top = run.Largest;
        var lower = Math.Sqrt(Math.Max(0, top.Value - top.Residual));
        return Probabilistic(n, run.Iterations, delta, lower, Math.Sqrt(Math.Max(0, top.Value)), $"{run.Iterations} Lanczos steps on the PSD Gram operator");
    }

    /// <summary>||H||_2 from an exact spectrum: max |lambda| +- its backward error.</summary>
    public static Certificate FromExactNorm(ExactSpectrum spectrum, int n) =>
        Exact(spectrum, Math.Max(0, spectrum.Norm - spectrum.Bound), spectrum.Norm + spectrum.Bound, n, "||H||_2 = max |lambda|");

    /// <summary>sigma_max = sqrt(lambda_max(G)) from the exact spectrum of a formed Gram matrix.</summary>
    public static Certificate FromExactGram(ExactSpectrum spectrum, int n)
    {
        var top = spectrum.Values[^1];
        return Exact(spectrum, Math.Sqrt(Math.Max(0, top - spectrum.Bound)), Math.Sqrt(Math.Max(0, top + spectrum.Bound)), n,
            "sigma_max = sqrt(lambda_max(A^T A))");
    }

    private static Certificate Exact(ExactSpectrum s, double lower, double upper, int n, string what) =>
        new(CertificateKind.Exact, lower, upper, 0, s.Bound, n, n, string.Create(CultureInfo.InvariantCulture,
            $"exact: {what} of the formed {n} x {n} matrix ({s.Backend}); backward error {s.EigenBound:G3} (||S V - V Lambda||_F, "
            + $"||V^T V - I||_F and their rounding) + forming error {s.FormingError:G3} ({(s.FormingRigorous ? "GEMM rounding bound" : "estimated from the asymmetry")})"));

    private static Certificate Probabilistic(int n, int k, double delta, double lower, double value, string steps)
    {
        var eps = KuczynskiWozniakowski.Epsilon(n, k, delta);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Kuczynski-Wozniakowski (1992): {steps}, n = {n}, eps = {eps:G3}: P(true value > {(eps < 1 ? value / Math.Sqrt(1 - eps) : double.PositiveInfinity):G6}) <= {delta:G3}");
        return eps < 1
            ? new Certificate(CertificateKind.Probabilistic, lower, Math.Max(lower, value / Math.Sqrt(1 - eps)), delta, 0, k, n, text)
            : new Certificate(CertificateKind.None, lower, double.PositiveInfinity, delta, 0, k, n,
                $"not certified: {steps} are too few for Kuczynski-Wozniakowski at n = {n}, delta = {delta:G3} (eps = {eps:G3} >= 1)");
    }

    private static (IReadOnlyList<double> Alpha, IReadOnlyList<double> Beta) Tridiagonal(LanczosResult run) =>
        run.Alpha is { Count: > 0 } a && run.Beta is { } b && b.Count == a.Count
            ? (a, b)
            : throw new ArgumentException("the Lanczos result carries no tridiagonal matrix", nameof(run));

    private static double Entry(IReadOnlyList<double> alpha, IReadOnlyList<double> beta, int r, int c) =>
        r == c ? alpha[r] : Math.Abs(r - c) == 1 ? beta[Math.Min(r, c)] : 0;
}
