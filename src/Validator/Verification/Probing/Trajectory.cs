using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Derivatives;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// Full-batch GD on the averaged square loss from theta_0, recording the cheap per-step quantities of every step
/// and the parameters of the steps a memory budget allows (all of them for small networks).
/// </summary>
internal sealed class Trajectory
{
    /// <summary>Memory spent on stored parameter vectors, at most.</summary>
    public const long StorageBudgetBytes = 512L << 20;

    private readonly Dictionary<int, double[]> _stored = [];
    private readonly Dictionary<string, List<double>> _series = [];

    public Trajectory(BatchEvaluator evaluator, double[] theta0, double[] targets, double eta, int steps, IProgress<string>? progress, CancellationToken cancellation)
    {
        Eta = eta;
        var p = theta0.Length;
        var every = Math.Max(1, (int)Math.Ceiling((steps + 1) * (double)p * sizeof(double) / StorageBudgetBytes));
        var theta = (double[])theta0.Clone();
        var grad = new double[p];
        var gbar = new double[p];
        var loss = evaluator.LossGradient(theta, targets, LossKind.SquareMean, grad);
        var loss0 = loss;
        for (var t = 0; ; t++)
        {
            if (t % every == 0 || t == steps)
            {
                _stored[t] = (double[])theta.Clone();
            }
            var gradNorm = VectorOps.Norm(grad);
            Record("loss", loss);
            Record("grad_norm_loss", gradNorm);
            Record("pl_ratio", gradNorm * gradNorm / loss);
            Record("distance_from_init", VectorOps.Distance(theta, theta0));
            evaluator.AverageGradient(theta, gbar);
            var gbarNorm = VectorOps.Norm(gbar);
            Record("avg_grad_norm_sq", gbarNorm * gbarNorm);
            // theta_{t+1} - theta_t = -eta grad, so |cos(step, gbar)| = |cos(grad, gbar)|.
            Record("step_cosine", Math.Abs(VectorOps.Dot(grad, gbar)) / (gradNorm * gbarNorm));
            if (t == steps || !double.IsFinite(loss) || loss <= 1e-14 * loss0)
            {
                Steps = t;
                Exit = !double.IsFinite(loss) ? "NonFinite" : t == steps ? "Completed" : "LossZero";
                _stored[t] = (double[])theta.Clone();
                break;
            }
            cancellation.ThrowIfCancellationRequested();
            for (var i = 0; i < p; i++)
            {
                theta[i] -= eta * grad[i];
            }
            var next = evaluator.LossGradient(theta, targets, LossKind.SquareMean, grad);
            // Empirical RSC modulus along the step: 2 (L' - L - <d, g>) / ||d||^2 with d = -eta g (PAPERS.md 1.7).
            var stepSq = eta * eta * gradNorm * gradNorm;
            Record("rsc_modulus", 2 * (next - loss + eta * gradNorm * gradNorm) / stepSq);
            Record("contraction_ratio", next / loss);
            loss = next;
            if ((t + 1) % 50 == 0)
            {
                progress?.Report($"gd step {t + 1}/{steps}, loss {loss:G4}");
            }
        }
    }

    public double Eta { get; }

    /// <summary>The last step reached (steps, or earlier when the loss hit zero or blew up).</summary>
    public int Steps { get; }

    /// <summary>Completed, LossZero (stopped at Lhat &lt;= 1e-14 Lhat(theta_0)) or NonFinite.</summary>
    public string Exit { get; }

    public IReadOnlyCollection<int> StoredSteps => _stored.Keys;

    public double[] Parameters(int step) => _stored[step];

    /// <summary>A per-step quantity at step t, or null when it is not recorded there (the last step has no step-to-next quantities).</summary>
    public double? Value(string quantity, int step) =>
        _series.TryGetValue(quantity, out var list) && step < list.Count ? list[step] : null;

    public static bool Records(string quantity) => quantity is "loss" or "grad_norm_loss" or "pl_ratio" or "distance_from_init"
        or "avg_grad_norm_sq" or "step_cosine" or "rsc_modulus" or "contraction_ratio";

    private void Record(string name, double value)
    {
        if (!_series.TryGetValue(name, out var list))
        {
            _series[name] = list = [];
        }
        list.Add(value);
    }
}
