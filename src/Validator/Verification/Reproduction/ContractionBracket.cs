using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// One GD step judged against the paper's own form of the contraction: Lhat(theta_{t+1}) - Lbar &lt;= q (Lhat(theta_t) - Lbar)
/// with q = 1 - alpha_t omega (2 - omega)/beta and Lbar = min over B_t. That holds exactly when Lbar &gt;= Need; Lbar is
/// not computable, but 0 &lt;= Lbar &lt;= Best (the lowest loss found at points of B_t).
/// </summary>
/// <param name="Ratio">r_t = Lhat(theta_{t+1}) / Lhat(theta_t), the encoded claim's measured value (it takes Lbar = 0).</param>
/// <param name="Factor">q = 1 - alpha_t omega (2 - omega)/beta.</param>
/// <param name="Need">(Lhat(theta_{t+1}) - q Lhat(theta_t)) / (1 - q): the least Lbar for which the step contracts as stated.</param>
/// <param name="Best">The lowest loss found in B_t, an upper bound on Lbar.</param>
/// <param name="Verdict">holds (Need &lt;= 0), violated (Need &gt; Best: no Lbar &lt;= Best makes the step contract), or undecided.</param>
public sealed record ContractionStep(double Kappa, int Step, double Ratio, double Factor, double Need, double Best, string Verdict);

/// <summary>
/// Brackets the minimum of the loss over B_t = Q_kappa ∩ B_Spec(rho, rho1; theta_0) ∩ B_Euc(rho2; theta_t) from above
/// by the loss at points that lie in B_t by construction: theta_t + s u for unit u in the plane of gbar_t and the
/// gradient (the plane GD moves in), at Angles directions plus u = -grad/||grad||, at the farthest s &lt;= rho2 the ball
/// allows and at fractions of it; a point
/// counts for kappa when |cos(u, gbar_t)| &gt;= kappa and it lies within min(rho, rho1) of theta_0 in the Euclidean norm
/// (which bounds every layer's spectral distance and ||v - v_0||, so it is in B_Spec).
/// </summary>
internal static class ContractionBracket
{
    /// <summary>Directions tried in the plane of gbar_t and the gradient (plus -grad itself).</summary>
    public const int Angles = 16;

    /// <summary>Points tried along each direction: at the farthest radius B_t allows there, and at fractions 1/2, 1/4, ... of it.</summary>
    public const int Radii = 2;

    public static IReadOnlyList<ContractionStep> At(NetworkProbe probe, RscProfile profile, IReadOnlyList<double> kappas, IReadOnlyDictionary<string, double> bindings)
    {
        var path = probe.SettingPath();
        var omega = path.Eta * profile.Beta;
        var steps = new List<ContractionStep>();
        for (var i = 0; i < profile.KeptSteps.Length; i++)
        {
            var t = profile.KeptSteps[i];
            var judged = kappas.Where(k => profile.InBall[i] && t < profile.Contraction.Length && profile.Admitted(t, k) && profile.Alpha(t, k) > 0).ToList();
            if (judged.Count == 0)
            {
                continue;
            }
            var (now, next) = (profile.Loss[t], profile.Loss[t + 1]);
            double Factor(double kappa) => 1 - profile.Alpha(t, kappa) * omega * (2 - omega) / profile.Beta;
            // r_t <= q needs no search: the step contracts as stated whatever Lbar >= 0 is.
            var found = judged.Any(k => profile.Contraction[t] > Factor(k)) ? Search(probe, path.Parameters(t), bindings) : [];
            foreach (var kappa in judged)
            {
                var best = found.Where(f => f.Cosine >= kappa).Select(f => f.Loss).DefaultIfEmpty(now).Min();
                var q = Factor(kappa);
                var need = (next - q * now) / (1 - q);
                var verdict = need <= 0 ? "holds" : need > best ? "violated" : "undecided";
                steps.Add(new ContractionStep(kappa, t, profile.Contraction[t], q, need, best, verdict));
            }
        }
        return steps;
    }

    // The loss and |cos(u, gbar_t)| at every candidate point inside B_Spec and B_Euc(rho2; theta_t).
    private static List<(double Cosine, double Loss)> Search(NetworkProbe probe, double[] theta, IReadOnlyDictionary<string, double> bindings)
    {
        var evaluator = probe.Evaluator;
        var targets = probe.Data.Targets;
        var gradient = new double[theta.Length];
        var average = new double[theta.Length];
        evaluator.LossGradient(theta, targets, LossKind.SquareMean, gradient);
        evaluator.AverageGradient(theta, average);
        // e1 = gbar/||gbar||, e2 = the unit part of -grad orthogonal to e1.
        var e1 = Unit(average);
        var e2 = (double[])gradient.Clone();
        VectorOps.Scale(-1, e2);
        VectorOps.Axpy(-VectorOps.Dot(e2, e1), e1, e2);
        e2 = Unit(e2);
        var directions = Enumerable.Range(0, Angles).Select(k => 2 * Math.PI * k / Angles).Select(a => (Math.Cos(a), Math.Sin(a))).ToList();
        var g = Unit(gradient);
        directions.Add((-VectorOps.Dot(g, e1), -VectorOps.Dot(g, e2)));
        // ||theta + s u - theta_0||^2 = ||delta||^2 + 2 s <delta, u> + s^2 for unit u = a e1 + b e2, delta = theta - theta_0.
        var delta = (double[])theta.Clone();
        VectorOps.Axpy(-1, probe.Theta0, delta);
        var (distanceSq, along1, along2) = (VectorOps.Dot(delta, delta), VectorOps.Dot(delta, e1), VectorOps.Dot(delta, e2));
        var radius = Math.Min(bindings["rho"], bindings["rho1"]);
        var candidate = new double[theta.Length];
        var found = new List<(double, double)>();
        foreach (var (a, b) in directions)
        {
            // The largest s <= rho2 with s^2 + 2 s <delta, u> + ||delta||^2 <= radius^2.
            var along = a * along1 + b * along2;
            var root = along * along - distanceSq + radius * radius;
            var reach = root < 0 ? 0 : Math.Min(bindings["rho2"], -along + Math.Sqrt(root));
            for (var k = 0; k < Radii && reach > 0; k++)
            {
                var s = reach / Math.Pow(2, k);
                for (var i = 0; i < theta.Length; i++)
                {
                    candidate[i] = theta[i] + s * (a * e1[i] + b * e2[i]);
                }
                found.Add((Math.Abs(a), evaluator.Loss(candidate, targets, LossKind.SquareMean)));
            }
        }
        return found;
    }

    private static double[] Unit(double[] x)
    {
        var norm = VectorOps.Norm(x);
        var unit = (double[])x.Clone();
        VectorOps.Scale(norm > 0 ? 1 / norm : 0, unit);
        return unit;
    }
}
