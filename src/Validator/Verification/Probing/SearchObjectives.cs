using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>A quantity at one point with its gradient in theta; Input names the input that attains a max over inputs.</summary>
internal sealed record SearchPoint(double Value, double[] Gradient, string? Input);

/// <summary>A vocabulary quantity the adversarial search can follow: its value and gradient at a point.</summary>
internal interface ISearchObjective
{
    SearchPoint Evaluate(double[] theta);
}

/// <summary>The searchable quantities, one objective class each (the search of any other quantity is reported as not run).</summary>
internal static class SearchObjectives
{
    // A new objective per search start: an objective may keep state between evaluations (the input it follows).
    /// <summary>The quantities with an objective.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["hessian_norm_predictor", "hessian_norm_loss", "grad_norm_predictor", "pl_ratio", "ntk_lambda_min"];

    /// <param name="lanczos">Lanczos settings of the eigenvalue objectives (default <see cref="Options"/>).</param>
    public static ISearchObjective? For(string quantity, IModelBatch evaluator, double[] targets, LanczosOptions? lanczos = null) => quantity switch
    {
        "hessian_norm_predictor" => new PredictorHessianObjective(evaluator, lanczos ?? Options),
        "hessian_norm_loss" => new LossHessianObjective(evaluator, targets, lanczos ?? Options),
        "grad_norm_predictor" => new PredictorGradientObjective(evaluator),
        "pl_ratio" => new PlRatioObjective(evaluator, targets),
        "ntk_lambda_min" => new NtkLambdaMinObjective(evaluator),
        _ => null,
    };

    /// <summary>
    /// Lanczos inside the search: a loose tolerance and the Ritz vectors (the search needs the eigenvector; the value it ends
    /// on is measured again, certified, like every other point).
    /// </summary>
    public static LanczosOptions Options { get; } = new(1e-3, 60, 1, SpectrumEnd.Magnitude, ComputeVectors: true);

    /// <summary>The signed extreme Ritz value of larger magnitude and its unit Ritz vector.</summary>
    public static (double Value, double[] Vector) Dominant(LanczosResult run)
    {
        var end = Math.Abs(run.Largest.Value) >= Math.Abs(run.Smallest.Value) ? run.Largest : run.Smallest;
        return (end.Value, end.Vector ?? throw new InvalidOperationException("Lanczos returned no Ritz vector"));
    }

    /// <summary>sign(lambda) grad (u^T H u): the gradient of |lambda| for the unit eigenvector u of a simple eigenvalue lambda.</summary>
    public static double[] NormGradient(Func<double[], ILinearOperator> hessianAt, double[] theta, double[] u, double lambda)
    {
        VectorOps.Scale(1 / VectorOps.Norm(u), u);
        var gradient = new double[theta.Length];
        EigenvalueGradient.Of(hessianAt, theta, u, gradient);
        VectorOps.Scale(Math.Sign(lambda), gradient);
        return gradient;
    }
}

/// <summary>
/// max_i ||grad^2 f(theta; x_i)||_2: gradient of the worst input's dominant eigenvalue, lifted from its restriction. The
/// first evaluation (the start) runs every input and keeps the worst; later ones follow that input alone (one Lanczos
/// instead of n; the end point is measured over all inputs, certified, like any other point).
/// </summary>
internal sealed class PredictorHessianObjective(IModelBatch evaluator, LanczosOptions options) : ISearchObjective
{
    private int? _tracked;

    public SearchPoint Evaluate(double[] theta)
    {
        int worst;
        LanczosResult run;
        Func<int, double[], double[]> lift;
        if (evaluator.BatchedHessians is { } batched)
        {
            var hessians = batched.PredictorHessians(theta);
            lift = (i, u) => hessians.Lift(i, u);
            if (_tracked is { } input)
            {
                (worst, run) = (input, Lanczos.RunBatch(new NetworkMeasures.GroupRange(hessians, input, 1), options, evaluator.Blas)[0]);
            }
            else
            {
                var runs = NetworkMeasures.BatchRuns(hessians, options, evaluator.Blas);
                worst = Enumerable.Range(0, runs.Count).MaxBy(i => runs[i].Norm.Value);
                (_tracked, run) = (worst, runs[worst]);
            }
        }
        else
        {
            // Without a restriction the Ritz vectors are already in parameter space.
            lift = (_, u) => u;
            var inputs = _tracked is { } input ? [input] : Enumerable.Range(0, evaluator.Count).ToArray();
            var runs = inputs.Select(i => (Input: i, Run: Lanczos.Run(evaluator.PredictorHessianAt(theta, i), options, blas: evaluator.Blas))).ToList();
            (worst, run) = runs.MaxBy(r => r.Run.Norm.Value);
            _tracked = worst;
        }
        var (lambda, vector) = SearchObjectives.Dominant(run);
        var gradient = SearchObjectives.NormGradient(t => evaluator.PredictorHessianAt(t, worst), theta, lift(worst, vector), lambda);
        return new SearchPoint(Math.Abs(lambda), gradient, $"x{worst}");
    }
}

/// <summary>||grad^2 Lhat||_2: gradient of the dominant eigenvalue (restricted when the restriction is smaller than p).</summary>
internal sealed class LossHessianObjective(IModelBatch evaluator, double[] targets, LanczosOptions options) : ISearchObjective
{
    public SearchPoint Evaluate(double[] theta)
    {
        double lambda;
        double[] u;
        if (evaluator.BatchedHessians is { } batched && batched.RestrictedLossDimension < theta.Length)
        {
            var restricted = batched.RestrictedLossHessian(theta, targets, LossKind.SquareMean);
            (lambda, var vector) = SearchObjectives.Dominant(Lanczos.RunBatch(restricted, options, evaluator.Blas)[0]);
            u = restricted.Lift(0, vector);
        }
        else
        {
            (lambda, u) = SearchObjectives.Dominant(Lanczos.Run(evaluator.LossHessian(theta, targets, LossKind.SquareMean), options, blas: evaluator.Blas));
        }
        var gradient = SearchObjectives.NormGradient(t => evaluator.LossHessian(t, targets, LossKind.SquareMean), theta, u, lambda);
        return new SearchPoint(Math.Abs(lambda), gradient, null);
    }
}

/// <summary>max_i ||grad f_i||: grad ||g_i|| = H_i g_i / ||g_i|| for the worst input i.</summary>
internal sealed class PredictorGradientObjective(IModelBatch evaluator) : ISearchObjective
{
    public SearchPoint Evaluate(double[] theta)
    {
        var n = evaluator.Count;
        var gram = evaluator.GramMatrix(theta);
        var worst = Enumerable.Range(0, n).MaxBy(i => gram[i * n + i]);
        var weights = new double[n];
        weights[worst] = 1;
        var g = new double[theta.Length];
        evaluator.WeightedGradient(theta, weights, g);
        var norm = VectorOps.Norm(g);
        var gradient = new double[theta.Length];
        evaluator.PredictorHessianAt(theta, worst).Apply(g, gradient);
        VectorOps.Scale(1 / norm, gradient);
        return new SearchPoint(norm, gradient, $"x{worst}");
    }
}

/// <summary>||grad Lhat||^2 / Lhat: gradient (2 Lhat H g - ||g||^2 g) / Lhat^2.</summary>
internal sealed class PlRatioObjective(IModelBatch evaluator, double[] targets) : ISearchObjective
{
    public SearchPoint Evaluate(double[] theta)
    {
        var g = new double[theta.Length];
        var loss = evaluator.LossGradient(theta, targets, LossKind.SquareMean, g);
        var normSq = VectorOps.Dot(g, g);
        var gradient = new double[theta.Length];
        evaluator.LossHessian(theta, targets, LossKind.SquareMean).Apply(g, gradient);
        VectorOps.Scale(2 / loss, gradient);
        VectorOps.Axpy(-normSq / (loss * loss), g, gradient);
        return new SearchPoint(normSq / loss, gradient, null);
    }
}

/// <summary>lambda_min(J J^T) with unit eigenvector a: gradient 2 (sum_i a_i grad^2 f_i) J^T a.</summary>
internal sealed class NtkLambdaMinObjective(IModelBatch evaluator) : ISearchObjective
{
    public SearchPoint Evaluate(double[] theta)
    {
        var n = evaluator.Count;
        var eigen = DenseEigen.Symmetric(evaluator.GramMatrix(theta), n, vectors: true);
        var a = eigen.Vectors!.AsSpan(0, n).ToArray();
        var jta = new double[theta.Length];
        evaluator.WeightedGradient(theta, a, jta);
        var gradient = new double[theta.Length];
        evaluator.PredictorHessian(theta, a).Apply(jta, gradient);
        VectorOps.Scale(2, gradient);
        return new SearchPoint(eigen.Values[0], gradient, null);
    }
}
