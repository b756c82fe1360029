using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// Short gradient-descent runs on Lhat from given starts, projected onto a ball (Armijo backtracking, no step size from
/// the setting): a way into the low-loss parts of the ball, where PL ratios are small, that is independent of the GD
/// trajectory a setting's claims are judged on (which starts at theta_0, never one of these starts).
/// </summary>
internal static class LossDescentProbes
{
    /// <summary>Steps per run.</summary>
    public const int Steps = 200;

    /// <summary>The iterate of each run with the smallest <paramref name="score"/> (e.g. the PL ratio), with that score.</summary>
    public static IEnumerable<(double[] Theta, double Score)> Lowest(IModelBatch evaluator, double[] targets, IBallProjection ball,
        IEnumerable<double[]> starts, Func<double, double, double> score)
    {
        foreach (var start in starts)
        {
            yield return Run(evaluator, targets, ball, start, score);
        }
    }

    // score(loss, ||grad||^2) at every iterate; the step doubles after a success and halves until Armijo's condition holds.
    private static (double[] Theta, double Score) Run(IModelBatch evaluator, double[] targets, IBallProjection ball, double[] start,
        Func<double, double, double> score)
    {
        var theta = (double[])start.Clone();
        var gradient = new double[theta.Length];
        var loss = evaluator.LossGradient(theta, targets, LossKind.SquareMean, gradient);
        var (best, bestScore) = ((double[])theta.Clone(), score(loss, VectorOps.Dot(gradient, gradient)));
        var (first, eta) = (loss, 1.0);
        for (var step = 0; step < Steps && double.IsFinite(loss) && loss > 1e-14 * first; step++)
        {
            var normSq = VectorOps.Dot(gradient, gradient);
            double[] trial;
            double trialLoss;
            var halvings = 0;
            do
            {
                trial = (double[])theta.Clone();
                VectorOps.Axpy(-eta, gradient, trial);
                ball.Project(trial);
                trialLoss = evaluator.Loss(trial, targets, LossKind.SquareMean);
            }
            while (!(trialLoss <= loss - 0.5 * eta * normSq) && ++halvings < 40 && (eta /= 2) > 0);
            if (!(trialLoss < loss))
            {
                break;
            }
            theta = trial;
            loss = evaluator.LossGradient(theta, targets, LossKind.SquareMean, gradient);
            eta *= 2;
            var s = score(loss, VectorOps.Dot(gradient, gradient));
            if (s < bestScore)
            {
                (best, bestScore) = ((double[])theta.Clone(), s);
            }
        }
        return (best, bestScore);
    }
}
