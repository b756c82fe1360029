using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models;

/// <summary>
/// The smallest model of the seam, with no optional capability: f(theta; x) = theta . x / sqrt(d). Its predictor
/// Hessian is 0 and its loss Hessian is sum_i c_i x_i x_i^T / d (c_i = d^2L/df_i^2), so every curvature it has is a
/// closed form.
/// </summary>
internal sealed class LinearModel(int dimension) : IModel
{
    public string Name => $"linear-d{dimension}";

    public int ParameterCount => dimension;

    public int InputDimension => dimension;

    public ILayerBlocks? Layers => null;

    public IModelBatch Bind(ReadOnlyMemory<double> inputs, int count, BlasBackend? blas = null) =>
        new Batch(this, inputs.ToArray(), count, blas ?? BoundCheck.Validator.LinearAlgebra.Blas.Default);

    public double[] Initialise(Initialisation scheme, ulong seed)
    {
        var theta = new double[dimension];
        new Xoshiro256StarStar(seed).FillGaussian(theta, 1.0);
        return theta;
    }

    private sealed class Batch(LinearModel model, double[] inputs, int count, BlasBackend blas) : IModelBatch
    {
        private readonly double _scale = 1 / Math.Sqrt(model.InputDimension);

        public IModel Model => model;

        public int Count => count;

        public BlasBackend Blas => blas;

        public IBatchedPredictorHessians? BatchedHessians => null;

        public ILayerFeatures? Features => null;

        // g_i = grad f_i = x_i / sqrt(d)
        private ReadOnlySpan<double> Input(int i) => inputs.AsSpan(i * model.InputDimension, model.InputDimension);

        public void Predict(ReadOnlySpan<double> theta, Span<double> predictions)
        {
            for (var i = 0; i < count; i++)
            {
                predictions[i] = _scale * VectorOps.Dot(theta, Input(i));
            }
        }

        public double Loss(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind) =>
            Losses.Value(kind, Predictions(theta), targets);

        public double LossGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind, Span<double> gradient)
        {
            var (w, _) = Derivatives(theta, targets, kind);
            WeightedGradient(theta, w, gradient);
            return Loss(theta, targets, kind);
        }

        public double LossGradientAndGram(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind, Span<double> gradient,
            Span<double> gram, Span<double> lossWeights)
        {
            var (w, _) = Derivatives(theta, targets, kind);
            w.CopyTo(lossWeights);
            Gram(theta, gram);
            return LossGradient(theta, targets, kind, gradient);
        }

        public void WeightedGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> weights, Span<double> gradient)
        {
            gradient.Clear();
            for (var i = 0; i < count; i++)
            {
                VectorOps.Axpy(_scale * weights[i], Input(i), gradient);
            }
        }

        public void Gram(ReadOnlySpan<double> theta, Span<double> gram)
        {
            for (var j = 0; j < count; j++)
            {
                for (var i = 0; i < count; i++)
                {
                    gram[i + j * count] = _scale * _scale * VectorOps.Dot(Input(i), Input(j));
                }
            }
        }

        public ILinearOperator LossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind) =>
            new Curvature(this, Derivatives(theta.Span, targets, kind).C);

        public ILinearOperator PredictorHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> weights) =>
            new Curvature(this, new double[count]);

        private double[] Predictions(ReadOnlySpan<double> theta)
        {
            var f = new double[count];
            Predict(theta, f);
            return f;
        }

        private (double[] W, double[] C) Derivatives(ReadOnlySpan<double> theta, ReadOnlySpan<double> targets, LossKind kind)
        {
            var (w, c) = (new double[count], new double[count]);
            Losses.Derivatives(kind, Predictions(theta), targets, w, c);
            return (w, c);
        }

        // y = sum_i c_i (g_i . x) g_i
        private sealed class Curvature(Batch batch, double[] c) : ILinearOperator
        {
            public int Dimension => batch.Model.InputDimension;

            public void Apply(ReadOnlySpan<double> x, Span<double> y)
            {
                y.Clear();
                for (var i = 0; i < batch.Count; i++)
                {
                    VectorOps.Axpy(c[i] * batch._scale * batch._scale * VectorOps.Dot(batch.Input(i), x), batch.Input(i), y);
                }
            }
        }
    }
}
