using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models;

/// <summary>
/// A model bound to n inputs: predictions, the loss and its gradient, J^T w, the Gram matrix J J^T and the exact loss-
/// and predictor-Hessian operators, all at a parameter vector theta passed with each call (J is the n x p Jacobian of
/// the predictions). Implementations keep workspaces, so a batch is not thread-safe.
/// </summary>
public interface IModelBatch
{
    /// <summary>The model.</summary>
    IModel Model { get; }

    /// <summary>n.</summary>
    int Count { get; }

    /// <summary>The BLAS backend the passes use.</summary>
    BlasBackend Blas { get; }

    /// <summary>f(theta; x_i) for every sample, into <paramref name="predictions"/> (length n).</summary>
    void Predict(ReadOnlySpan<double> theta, Span<double> predictions);

    /// <summary>The loss at theta (no derivatives).</summary>
    double Loss(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind);

    /// <summary>The loss and its gradient (into <paramref name="gradient"/>, length p).</summary>
    double LossGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind, Span<double> gradient);

    /// <summary>
    /// The loss, its gradient, w_i = dL/df_i (into <paramref name="lossWeights"/>) and K = J J^T (into
    /// <paramref name="gram"/>, n x n) at once: what a GD step records.
    /// </summary>
    double LossGradientAndGram(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind, Span<double> gradient,
        Span<double> gram, Span<double> lossWeights);

    /// <summary>J^T w = sum_i weights_i grad f(theta; x_i), into <paramref name="gradient"/>.</summary>
    void WeightedGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> weights, Span<double> gradient);

    /// <summary>The empirical NTK Gram matrix K = J J^T (n x n, column-major), into <paramref name="gram"/>.</summary>
    void Gram(ReadOnlySpan<double> theta, Span<double> gram);

    /// <summary>The exact empirical loss Hessian at theta as an operator on R^p (theta must not change while it is used).</summary>
    ILinearOperator LossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind);

    /// <summary>sum_i weights_i grad^2 f(theta; x_i) as an operator on R^p (weights = e_i: the predictor Hessian at x_i).</summary>
    ILinearOperator PredictorHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> weights);

    /// <summary>Per-input predictor Hessians batched on an exact range restriction, or null (then the full operator serves).</summary>
    IBatchedPredictorHessians? BatchedHessians { get; }

    /// <summary>The feature matrices of the hidden layers, or null when the model has no such layers.</summary>
    ILayerFeatures? Features { get; }
}
