namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// What the RSC regime needs from one GD run at one width (Banerjee et al., arXiv:2209.15106v1, Theorem 5.1 and the
/// convergence theorem after it): the per-step series along the whole path, the theorem's constants at this setting,
/// and ball membership at the steps whose parameters the path kept.
/// </summary>
/// <param name="Parameters">p, the number of network parameters.</param>
/// <param name="Eta">The GD step 1/beta (beta from the theorem's own formula, so omega = 1).</param>
/// <param name="C2">c2 of alpha_t = c1 ||gbar_t||^2 - c2/sqrt(m) at this setting (it does not depend on kappa).</param>
/// <param name="C2Grid">c2 at m = 2^k for k = <see cref="GridFirstExponent"/>.., every other binding unchanged: the
/// bound side of the frontier beyond the widths that were run.</param>
/// <param name="GbarNormSq">||gbar_t||^2 at every step t = 0..T.</param>
/// <param name="StepCosine">|cos(theta_{t+1} - theta_t, gbar_t)| at every step.</param>
/// <param name="Contraction">Lhat(theta_{t+1}) / Lhat(theta_t) for t = 0..T-1.</param>
/// <param name="KeptSteps">Steps whose parameters the path kept (the points a check judges).</param>
/// <param name="InBall">Per kept step: max_l ||W_l - W_l(0)||_2 &lt;= rho and ||v - v0||_2 &lt;= rho1.</param>
public sealed record RscProfile(
    int Width,
    int Seed,
    long Parameters,
    double Eta,
    double Beta,
    double C2,
    double[] C2Grid,
    double[] GbarNormSq,
    double[] StepCosine,
    double[] Contraction,
    double[] Loss,
    int[] KeptSteps,
    bool[] InBall,
    string Exit,
    double Seconds)
{
    /// <summary>log2 of the first width of <see cref="C2Grid"/>.</summary>
    public const int GridFirstExponent = 2;

    /// <summary>log2 of the last width of <see cref="C2Grid"/> (far beyond any machine).</summary>
    public const int GridLastExponent = 64;

    /// <summary>sqrt(m) ||gbar_t||^2 at step t.</summary>
    public double ScaledGbar(int t) => Math.Sqrt(Width) * GbarNormSq[t];

    /// <summary>alpha_t = 2 kappa^2 ||gbar_t||^2 - c2/sqrt(m) (c1 = 2 kappa^2).</summary>
    public double Alpha(int t, double kappa) => 2 * kappa * kappa * GbarNormSq[t] - C2 / Math.Sqrt(Width);

    /// <summary>Steps t at which the GD step lies in the cone Q_kappa (the hypothesis step_cosine &gt;= kappa).</summary>
    public bool Admitted(int t, double kappa) => StepCosine[t] >= kappa;

    /// <summary>The first step where the hypothesis admits kappa and alpha_t &gt; 0, or null.</summary>
    public int? FirstPositive(double kappa) =>
        Enumerable.Range(0, StepCosine.Length).Cast<int?>().FirstOrDefault(t => Admitted(t!.Value, kappa) && Alpha(t.Value, kappa) > 0);

    /// <summary>Steps where the hypothesis admits kappa and alpha_t &gt; 0.</summary>
    public int PositiveSteps(double kappa) => Enumerable.Range(0, StepCosine.Length).Count(t => Admitted(t, kappa) && Alpha(t, kappa) > 0);

    /// <summary>
    /// max_t 2 cos_t^2 sqrt(m) ||gbar_t||^2 / c2: above 1 exactly when some step has alpha_t &gt; 0 with the largest kappa
    /// its own step admits (kappa = cos_t), the most any kappa can give there.
    /// </summary>
    public double BestRatio => Enumerable.Range(0, StepCosine.Length)
        .Max(t => 2 * StepCosine[t] * StepCosine[t] * ScaledGbar(t) / C2);

    /// <summary>c2 at width m, from <see cref="C2Grid"/> (linear in log2 m between grid points).</summary>
    public double C2At(double m)
    {
        var k = Math.Clamp(Math.Log2(m) - GridFirstExponent, 0, C2Grid.Length - 1);
        var i = Math.Min((int)Math.Floor(k), C2Grid.Length - 2);
        return C2Grid[i] + (k - i) * (C2Grid[i + 1] - C2Grid[i]);
    }
}
