using System.Numerics;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Training;

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

    public Trajectory(IModelBatch evaluator, double[] theta0, double[] targets, double eta, int steps, IProgress<string>? progress, CancellationToken cancellation)
    {
        Eta = eta;
        var p = theta0.Length;
        var n = evaluator.Count;
        var every = Math.Max(1, (int)Math.Ceiling((steps + 1) * (double)p * sizeof(double) / StorageBudgetBytes));
        var theta = (double[])theta0.Clone();
        var grad = new double[p];
        var gram = new double[n * n];
        var weights = new double[n];
        var mean = Enumerable.Repeat(1.0 / n, n).ToArray();
        var loss = evaluator.LossGradientAndGram(theta, targets, LossKind.SquareMean, grad, gram, weights);
        var loss0 = loss;
        var distance = 0.0;
        for (var t = 0; ; t++)
        {
            if (t % every == 0 || t == steps)
            {
                _stored[t] = (double[])theta.Clone();
            }
            var last = t == steps || !double.IsFinite(loss) || loss <= 1e-14 * loss0;
            // grad = J^T w and gbar = J^T 1/n, so ||gbar||^2 and <grad, gbar> come from K = J J^T (no parameter-sized pass).
            var gbarNormSq = Quadratic(gram, mean, mean);
            var (gradNormSq, nextDistanceSq) = last ? (VectorOps.Dot(grad, grad), 0.0) : Step(theta, grad, theta0, eta);
            var gradNorm = Math.Sqrt(gradNormSq);
            Record("loss", loss);
            Record("grad_norm_loss", gradNorm);
            Record("pl_ratio", gradNormSq / loss);
            Record("distance_from_init", distance);
            Record("avg_grad_norm_sq", gbarNormSq);
            // theta_{t+1} - theta_t = -eta grad, so |cos(step, gbar)| = |cos(grad, gbar)|.
            Record("step_cosine", Math.Abs(Quadratic(gram, weights, mean)) / (gradNorm * Math.Sqrt(gbarNormSq)));
            if (last)
            {
                Steps = t;
                Exit = !double.IsFinite(loss) ? "NonFinite" : t == steps ? "Completed" : "LossZero";
                _stored[t] = (double[])theta.Clone();
                break;
            }
            cancellation.ThrowIfCancellationRequested();
            var next = evaluator.LossGradientAndGram(theta, targets, LossKind.SquareMean, grad, gram, weights);
            // Empirical RSC modulus along the step: 2 (L' - L - <d, g>) / ||d||^2 with d = -eta g (docs/derivations.md#rsc).
            var stepSq = eta * eta * gradNormSq;
            Record("rsc_modulus", 2 * (next - loss + eta * gradNormSq) / stepSq);
            Record("contraction_ratio", next / loss);
            loss = next;
            distance = Math.Sqrt(nextDistanceSq);
            if ((t + 1) % 50 == 0)
            {
                progress?.Report($"gd step {t + 1}/{steps}, loss {loss:G4}");
            }
        }
    }

    // theta -= eta grad in one vectorised pass that also returns ||grad||^2 and ||theta_new - theta_0||^2.
    private static (double GradNormSq, double DistanceSq) Step(Span<double> theta, ReadOnlySpan<double> grad, ReadOnlySpan<double> theta0, double eta)
    {
        var width = Vector<double>.Count;
        var (gradSq, distanceSq) = (Vector<double>.Zero, Vector<double>.Zero);
        var step = new Vector<double>(eta);
        var i = 0;
        for (; i <= theta.Length - width; i += width)
        {
            var g = new Vector<double>(grad[i..]);
            var value = new Vector<double>(theta[i..]) - step * g;
            value.CopyTo(theta[i..]);
            var d = value - new Vector<double>(theta0[i..]);
            gradSq += g * g;
            distanceSq += d * d;
        }
        var (gs, ds) = (Vector.Sum(gradSq), Vector.Sum(distanceSq));
        for (; i < theta.Length; i++)
        {
            theta[i] -= eta * grad[i];
            var d = theta[i] - theta0[i];
            gs += grad[i] * grad[i];
            ds += d * d;
        }
        return (gs, ds);
    }

    // a^T K b for the n x n Gram matrix K.
    private static double Quadratic(ReadOnlySpan<double> gram, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = a.Length;
        var sum = 0.0;
        for (var j = 0; j < n; j++)
        {
            sum += b[j] * VectorOps.Dot(gram.Slice(j * n, n), a);
        }
        return sum;
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

    /// <summary>The quantities recorded at every step (the step-to-next ones end one step before the last).</summary>
    public static IReadOnlyList<string> RecordedQuantities { get; } =
        ["loss", "grad_norm_loss", "pl_ratio", "distance_from_init", "avg_grad_norm_sq", "step_cosine", "rsc_modulus", "contraction_ratio"];

    private void Record(string name, double value)
    {
        if (!_series.TryGetValue(name, out var list))
        {
            _series[name] = list = [];
        }
        list.Add(value);
    }
}
