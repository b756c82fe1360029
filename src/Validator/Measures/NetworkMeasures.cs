using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Measures;

/// <summary>
/// Measured quantities of the vocabulary on any model of the seam: layer spectral norms, predictor- and loss-Hessian
/// norms, NTK lambda_min, feature ranks. Where a model has a capability that makes a measure cheaper (the exact range
/// restriction of its Hessians) it is used; otherwise the full operators serve.
/// </summary>
public static class NetworkMeasures
{
    /// <summary>||W^(l)||_2 for l = 1..L (Lanczos on W^T W, certified to relative <paramref name="tolerance"/>).</summary>
    public static IReadOnlyList<SpectralEstimate> LayerSpectralNorms(ILayerBlocks layers, ReadOnlySpan<double> theta, double tolerance = 1e-8)
    {
        CheckParameters(layers, theta);
        var norms = new SpectralEstimate[layers.Weights.Count];
        for (var l = 1; l <= norms.Length; l++)
        {
            var block = layers.Weights[l - 1];
            norms[l - 1] = Spectra.SpectralNorm(block.Of(theta).ToArray(), block.Rows, block.Cols, tolerance);
        }
        return norms;
    }

    /// <summary>||W^(l) - W_0^(l)||_2 for l = 1..L: the per-layer distances of the spectral ball B_Spec.</summary>
    public static IReadOnlyList<SpectralEstimate> LayerDistances(ILayerBlocks layers, ReadOnlySpan<double> theta, ReadOnlySpan<double> theta0,
        double tolerance = 1e-8)
    {
        CheckParameters(layers, theta0);
        var difference = new double[theta.Length];
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] = theta[i] - theta0[i];
        }
        return LayerSpectralNorms(layers, difference, tolerance);
    }

    /// <summary>Memory the Krylov bases of one batch of predictor-Hessian Lanczos runs may take at most.</summary>
    public const long BatchBasisBudgetBytes = 2L << 30;

    /// <summary>
    /// ||grad^2_theta f(theta; x_i)||_2 for every input i, each certified to relative <paramref name="tolerance"/>. With
    /// batched predictor Hessians: one Lanczos per input on the exact restriction of its predictor Hessian, the inputs in
    /// lockstep so each step is one GEMM per layer, in chunks whose worst-case bases fit <paramref name="basisBudgetBytes"/>.
    /// Without: one Lanczos per input on the full operator.
    /// </summary>
    public static IReadOnlyList<SpectralEstimate> PredictorHessianNorms(IModelBatch batch, double[] theta, double tolerance = 1e-6,
        int maxIterations = 300, long basisBudgetBytes = BatchBasisBudgetBytes)
    {
        if (batch.BatchedHessians is not { } batched)
        {
            return FullPredictorHessianNorms(batch, theta, NormOptions(tolerance, maxIterations));
        }
        return [.. BatchRuns(batched.PredictorHessians(theta), NormOptions(tolerance, maxIterations), batch.Blas, basisBudgetBytes).Select(r => r.Norm)];
    }

    /// <summary>
    /// One Lanczos run per problem of <paramref name="op"/>, the problems in lockstep, in chunks whose worst-case bases fit
    /// <paramref name="basisBudgetBytes"/>.
    /// </summary>
    public static IReadOnlyList<LanczosResult> BatchRuns(IBatchedOperator op, LanczosOptions options, LinearAlgebra.BlasBackend blas,
        long basisBudgetBytes = BatchBasisBudgetBytes)
    {
        var perRun = (long)Math.Min(options.MaxIterations, op.Dimension) * op.Dimension * sizeof(double);
        var chunk = (int)Math.Clamp(basisBudgetBytes / perRun, 1, op.Count);
        var runs = new List<LanczosResult>(op.Count);
        for (var start = 0; start < op.Count; start += chunk)
        {
            runs.AddRange(Lanczos.RunBatch(new GroupRange(op, start, Math.Min(chunk, op.Count - start)), options, blas));
        }
        return runs;
    }

    // One Lanczos per input on the p-dimensional operator grad^2 f(theta; x_i) (weights e_i).
    private static SpectralEstimate[] FullPredictorHessianNorms(IModelBatch batch, double[] theta, LanczosOptions options)
    {
        var norms = new SpectralEstimate[batch.Count];
        var weights = new double[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            weights[i] = 1;
            norms[i] = Lanczos.Run(batch.PredictorHessian(theta, weights), options, blas: batch.Blas).Norm;
            weights[i] = 0;
        }
        return norms;
    }

    // Problems start..start+count-1 of a batched operator, renumbered from 0.
    internal sealed class GroupRange(IBatchedOperator all, int start, int count) : IBatchedOperator
    {
        public int Dimension => all.Dimension;

        public int Count => count;

        public void Apply(ReadOnlySpan<int> problems, ReadOnlySpan<double> x, Span<double> y)
        {
            Span<int> shifted = problems.Length <= 256 ? stackalloc int[problems.Length] : new int[problems.Length];
            for (var c = 0; c < problems.Length; c++)
            {
                shifted[c] = start + problems[c];
            }
            all.Apply(shifted, x, y);
        }
    }

    /// <summary>
    /// ||grad^2 Lhat(theta)||_2 certified to relative <paramref name="tolerance"/>: Lanczos on the exact range restriction
    /// (about 2 n L m coordinates) when the model has one and it is smaller than p, else on the full operator.
    /// </summary>
    public static SpectralEstimate LossHessianNorm(IModelBatch batch, double[] theta, ReadOnlySpan<double> targets, LossKind kind,
        double tolerance = 1e-6, int maxIterations = 300)
    {
        var options = NormOptions(tolerance, maxIterations);
        return batch.BatchedHessians is { } batched && batched.RestrictedLossDimension < theta.Length
            ? Lanczos.RunBatch(batched.RestrictedLossHessian(theta, targets, kind), options, batch.Blas)[0].Norm
            : Lanczos.Run(batch.LossHessian(theta, targets, kind), options, blas: batch.Blas).Norm;
    }

    private static LanczosOptions NormOptions(double tolerance, int maxIterations) =>
        new(tolerance, maxIterations, 1, SpectrumEnd.Magnitude);

    /// <summary>lambda_min of the NTK Gram K = J J^T (dense, for small n).</summary>
    public static double NtkLambdaMin(IModelBatch batch, ReadOnlySpan<double> theta)
    {
        var gram = batch.GramMatrix(theta);
        var n = batch.Count;
        var square = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                square[i, j] = gram[i + j * n];
            }
        }
        return DenseSpectrum.Eigenvalues(square)[0];
    }

    /// <summary>The n x m_l feature matrix of layer l (row i = alpha^(l)(x_i)), column-major; l = 0 gives the inputs.</summary>
    public static double[] FeatureMatrix(ILayerFeatures features, ReadOnlySpan<double> theta, int layer) =>
        features.FeatureMatrix(theta, layer);

    /// <summary>Singular values and numerical rank of the layer-l feature matrix over <paramref name="count"/> inputs.</summary>
    public static SingularValueSummary FeatureSpectrum(ILayerFeatures features, int count, ReadOnlySpan<double> theta, int layer) =>
        Spectra.SingularValues(features.FeatureMatrix(theta, layer), count, features.FeatureWidth(layer));

    private static void CheckParameters(ILayerBlocks layers, ReadOnlySpan<double> theta)
    {
        if (theta.Length != layers.ParameterCount)
        {
            throw new ArgumentException($"theta has {theta.Length} entries but the model has p = {layers.ParameterCount} parameters", nameof(theta));
        }
    }
}
