using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// Exact derivatives of a network over a fixed batch of n inputs (X, d x n column-major, one column per sample),
/// all samples in one GEMM per layer. Workspaces are allocated once; an evaluator is not thread-safe. It has every
/// capability of the seam: the exact range restriction of its Hessians and the feature matrices of its layers.
/// </summary>
public sealed class BatchEvaluator : IModelBatch, IBatchedPredictorHessians, ILayerFeatures
{
    private readonly BatchState _state;

    /// <summary>An evaluator over <paramref name="count"/> inputs stored as d x n column-major.</summary>
    public BatchEvaluator(Network network, ReadOnlyMemory<double> inputs, int count, BlasBackend? blas = null)
    {
        _state = new BatchState(network, inputs, count);
        Blas = blas ?? LinearAlgebra.Blas.Default;
    }

    /// <summary>An evaluator over the inputs of <paramref name="data"/>.</summary>
    public BatchEvaluator(Network network, Dataset data, BlasBackend? blas = null)
        : this(network, data.Inputs, data.Count, blas)
    {
    }

    /// <summary>The network.</summary>
    public Network Network => _state.Network;

    /// <inheritdoc/>
    public IModel Model => Network;

    /// <inheritdoc/>
    public IBatchedPredictorHessians BatchedHessians => this;

    /// <inheritdoc/>
    public ILayerFeatures Features => this;

    /// <summary>n.</summary>
    public int Count => _state.Count;

    /// <summary>The BLAS backend the passes use.</summary>
    public BlasBackend Blas { get; }

    /// <summary>f(theta; x_i) for every sample, into <paramref name="predictions"/> (length n).</summary>
    public void Predict(ReadOnlySpan<double> theta, Span<double> predictions)
    {
        Network.CheckParameters(theta);
        Passes.Forward(_state, theta, Blas, derivatives: false);
        _state.Predictions.CopyTo(predictions);
    }

    /// <summary>The loss at theta: one forward pass, no derivatives (cheap, for RSC moduli and line searches).</summary>
    public double Loss(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind)
    {
        Network.CheckParameters(theta);
        Passes.Forward(_state, theta, Blas, derivatives: false);
        return Losses.Value(kind, _state.Predictions, targets);
    }

    /// <summary>The loss and its gradient (into <paramref name="gradient"/>, length p).</summary>
    public double LossGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind, Span<double> gradient)
    {
        CheckGradient(theta, gradient);
        Passes.Forward(_state, theta, Blas, derivatives: true);
        Losses.Derivatives(kind, _state.Predictions, targets, _state.Weights, _state.Curvature);
        Passes.Backward(_state, theta, gradient, Blas);
        return Losses.Value(kind, _state.Predictions, targets);
    }

    /// <summary>
    /// The loss, its gradient (into <paramref name="gradient"/>), w_i = dL/df_i (into <paramref name="lossWeights"/>) and the
    /// NTK Gram K = J J^T (into <paramref name="gram"/>, n x n) from one forward and one per-sample backward pass. With K,
    /// ||sum_i a_i grad f_i||^2 = a^T K a for any a, with no further parameter-sized pass.
    /// </summary>
    public double LossGradientAndGram(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind, Span<double> gradient,
        Span<double> gram, Span<double> lossWeights)
    {
        CheckGradient(theta, gradient);
        CheckSamples(lossWeights.Length, nameof(lossWeights));
        CheckSamples(gram.Length / Count, nameof(gram));
        Passes.Forward(_state, theta, Blas, derivatives: true);
        Losses.Derivatives(kind, _state.Predictions, targets, lossWeights, _state.Curvature);
        Array.Fill(_state.Weights, 1.0);
        Passes.Backward(_state, theta, Span<double>.Empty, Blas);
        Tangents.Gram(_state, Blas, gram);
        Passes.GradientFromPerSample(_state, lossWeights, gradient, Blas);
        return Losses.Value(kind, _state.Predictions, targets);
    }

    /// <summary>sum_i weights_i grad f(theta; x_i) by one backward pass (weights = e_i gives one sample's gradient).</summary>
    public void WeightedGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> weights, Span<double> gradient)
    {
        CheckGradient(theta, gradient);
        CheckSamples(weights.Length, nameof(weights));
        Passes.Forward(_state, theta, Blas, derivatives: true);
        weights.CopyTo(_state.Weights);
        Passes.Backward(_state, theta, gradient, Blas);
    }

    /// <inheritdoc/>
    public void Gram(ReadOnlySpan<double> theta, Span<double> gram)
    {
        CheckSamples(gram.Length / Count, nameof(gram));
        Tangents.Gram(PerSampleState(theta), Blas, gram);
    }

    /// <summary>The exact empirical loss Hessian at theta as an operator (theta must not change while it is used).</summary>
    public HessianOperator LossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind)
    {
        Network.CheckParameters(theta.Span);
        var state = new BatchState(Network, _state.Inputs, Count);
        Passes.Forward(state, theta.Span, Blas, derivatives: true);
        Losses.Derivatives(kind, state.Predictions, targets, state.Weights, state.Curvature);
        return new HessianOperator(state, theta, Blas);
    }

    ILinearOperator IModelBatch.LossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind) =>
        LossHessian(theta, targets, kind);

    ILinearOperator IModelBatch.PredictorHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> weights) =>
        PredictorHessian(theta, weights);

    /// <summary>sum_i weights_i grad^2 f(theta; x_i) as an operator (weights = e_i: the predictor Hessian at x_i).</summary>
    public HessianOperator PredictorHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> weights)
    {
        Network.CheckParameters(theta.Span);
        CheckSamples(weights.Length, nameof(weights));
        var state = new BatchState(Network, _state.Inputs, Count);
        Passes.Forward(state, theta.Span, Blas, derivatives: true);
        weights.CopyTo(state.Weights);
        return new HessianOperator(state, theta, Blas);
    }

    /// <summary>
    /// grad^2 f(theta; x_i) for every input of the batch as one batched operator (one problem per input) on the small
    /// subspace that holds each Hessian's range: same nonzero spectrum (see <see cref="RestrictedHessians"/>).
    /// theta must not change while it is used.
    /// </summary>
    public RestrictedHessians PredictorHessians(ReadOnlyMemory<double> theta)
    {
        var state = DerivativeState(theta);
        Array.Fill(state.Weights, 1.0);
        Array.Clear(state.Curvature);
        Passes.Backward(state, theta.Span, Span<double>.Empty, Blas);
        return new RestrictedHessians(state, theta, Blas, 1);
    }

    /// <summary>
    /// The exact empirical loss Hessian at theta as a batched operator with one problem, restricted to the subspace
    /// that holds its range (dimension about 2 n L m instead of p): same nonzero spectrum as <see cref="LossHessian"/>.
    /// </summary>
    public RestrictedHessians RestrictedLossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind)
    {
        var state = DerivativeState(theta);
        Losses.Derivatives(kind, state.Predictions, targets, state.Weights, state.Curvature);
        Passes.Backward(state, theta.Span, Span<double>.Empty, Blas);
        return new RestrictedHessians(state, theta, Blas, Count);
    }

    IRestrictedHessians IBatchedPredictorHessians.PredictorHessians(ReadOnlyMemory<double> theta) => PredictorHessians(theta);

    IRestrictedHessians IBatchedPredictorHessians.RestrictedLossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind) =>
        RestrictedLossHessian(theta, targets, kind);

    /// <inheritdoc/>
    public int RestrictedLossDimension => new RestrictedSegments(Network.Architecture, Count).Dimension;

    private BatchState DerivativeState(ReadOnlyMemory<double> theta)
    {
        Network.CheckParameters(theta.Span);
        var state = new BatchState(Network, _state.Inputs, Count);
        Passes.Forward(state, theta.Span, Blas, derivatives: true);
        return state;
    }

    /// <summary>The predictor Hessian grad^2_theta f(theta; x) at the single input x (length d).</summary>
    public static HessianOperator PredictorHessian(Network network, ReadOnlyMemory<double> theta, ReadOnlyMemory<double> input,
        BlasBackend? blas = null) =>
        new BatchEvaluator(network, input, 1, blas).PredictorHessian(theta, [1.0]);

    /// <summary>grad^2 f(theta; x_i) for one sample of the batch (a one-sample operator: each product costs O(p)).</summary>
    public HessianOperator PredictorHessianAt(ReadOnlyMemory<double> theta, int sample)
    {
        if (sample < 0 || sample >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(sample), $"sample index must lie in 0..{Count - 1}, got {sample}");
        }
        var d = Network.Architecture.InputDimension;
        return PredictorHessian(Network, theta, _state.Inputs.Slice(sample * d, d), Blas);
    }

    /// <inheritdoc/>
    public int FeatureLayers => Network.Depth;

    /// <inheritdoc/>
    public int FeatureWidth(int layer) => Network.Architecture.Width(layer);

    /// <inheritdoc/>
    public double[] FeatureMatrix(ReadOnlySpan<double> theta, int layer)
    {
        var architecture = Network.Architecture;
        if (layer < 0 || layer > architecture.Depth)
        {
            throw new ArgumentOutOfRangeException(nameof(layer), $"layer must lie in 0..{architecture.Depth}, got {layer}");
        }
        var state = PerSampleState(theta);
        var alpha = state.ActivationOf(layer);
        var n = Count;
        var m = architecture.Width(layer);
        // alpha is m x n column-major, so its storage read as n x m row-major is already the transpose.
        var features = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < m; r++)
            {
                features[i + r * n] = alpha[r + i * m];
            }
        }
        return features;
    }

    /// <summary>Runs a forward pass and a backward pass with unit weights; G^(l) then holds per-sample dz-gradients.</summary>
    internal BatchState PerSampleState(ReadOnlySpan<double> theta)
    {
        Network.CheckParameters(theta);
        Passes.Forward(_state, theta, Blas, derivatives: true);
        Array.Fill(_state.Weights, 1.0);
        Passes.Backward(_state, theta, Span<double>.Empty, Blas);
        return _state;
    }

    private void CheckGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Network.CheckParameters(theta);
        if (gradient.Length != Network.ParameterCount)
        {
            throw new ArgumentException($"gradient has {gradient.Length} entries, p = {Network.ParameterCount}", nameof(gradient));
        }
    }

    private void CheckSamples(int length, string name)
    {
        if (length != Count)
        {
            throw new ArgumentException($"{name} has {length} entries, n = {Count}", name);
        }
    }
}
