using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Derivatives;

/// <summary>Measured quantities of PAPERS.md 5.1: layer spectral norms, predictor- and loss-Hessian norms, NTK lambda_min, feature ranks.</summary>
public static class NetworkMeasures
{
    /// <summary>||W^(l)||_2 for l = 1..L (Lanczos on W^T W, certified to relative <paramref name="tolerance"/>).</summary>
    public static IReadOnlyList<SpectralEstimate> LayerSpectralNorms(Network network, ReadOnlySpan<double> theta, double tolerance = 1e-8)
    {
        network.CheckParameters(theta);
        var norms = new SpectralEstimate[network.Depth];
        for (var l = 1; l <= network.Depth; l++)
        {
            var block = network.Layout.Weight(l);
            norms[l - 1] = Spectra.SpectralNorm(block.Of(theta).ToArray(), block.Rows, block.Cols, tolerance);
        }
        return norms;
    }

    /// <summary>||W^(l) - W_0^(l)||_2 for l = 1..L: the per-layer distances of the spectral ball B_Spec.</summary>
    public static IReadOnlyList<SpectralEstimate> LayerDistances(Network network, ReadOnlySpan<double> theta, ReadOnlySpan<double> theta0,
        double tolerance = 1e-8)
    {
        network.CheckParameters(theta0);
        var difference = new double[theta.Length];
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] = theta[i] - theta0[i];
        }
        return LayerSpectralNorms(network, difference, tolerance);
    }

    /// <summary>Memory the Krylov bases of one batch of predictor-Hessian Lanczos runs may take at most.</summary>
    public const long BatchBasisBudgetBytes = 2L << 30;

    /// <summary>
    /// ||grad^2_theta f(theta; x_i)||_2 for every input i, each certified to relative <paramref name="tolerance"/>:
    /// one Lanczos per input on the exact restriction of its predictor Hessian (<see cref="RestrictedHessians"/>),
    /// the inputs in lockstep so each step is one GEMM per layer; in chunks whose worst-case bases fit
    /// <paramref name="basisBudgetBytes"/>.
    /// </summary>
    public static IReadOnlyList<SpectralEstimate> PredictorHessianNorms(BatchEvaluator evaluator, double[] theta, double tolerance = 1e-6,
        int maxIterations = 300, long basisBudgetBytes = BatchBasisBudgetBytes) =>
        [.. BatchRuns(evaluator.PredictorHessians(theta), NormOptions(tolerance, maxIterations), evaluator.Blas, basisBudgetBytes).Select(r => r.Norm)];

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
    /// (about 2 n L m coordinates), or on the full operator when that is not smaller than p (n large against m).
    /// </summary>
    public static SpectralEstimate LossHessianNorm(BatchEvaluator evaluator, double[] theta, ReadOnlySpan<double> targets, LossKind kind,
        double tolerance = 1e-6, int maxIterations = 300)
    {
        var options = NormOptions(tolerance, maxIterations);
        return new RestrictedSegments(evaluator.Network.Architecture, evaluator.Count).Dimension < theta.Length
            ? Lanczos.RunBatch(evaluator.RestrictedLossHessian(theta, targets, kind), options, evaluator.Blas)[0].Norm
            : Lanczos.Run(evaluator.LossHessian(theta, targets, kind), options, blas: evaluator.Blas).Norm;
    }

    private static LanczosOptions NormOptions(double tolerance, int maxIterations) =>
        new(tolerance, maxIterations, 1, SpectrumEnd.Magnitude);

    /// <summary>lambda_min of the NTK Gram K = J J^T (dense, for small n).</summary>
    public static double NtkLambdaMin(BatchEvaluator evaluator, ReadOnlySpan<double> theta)
    {
        var gram = Tangents.NtkGram(evaluator, theta);
        var n = evaluator.Count;
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
    public static double[] FeatureMatrix(BatchEvaluator evaluator, ReadOnlySpan<double> theta, int layer)
    {
        var architecture = evaluator.Network.Architecture;
        if (layer < 0 || layer > architecture.Depth)
        {
            throw new ArgumentOutOfRangeException(nameof(layer), $"layer must lie in 0..{architecture.Depth}, got {layer}");
        }
        var state = evaluator.PerSampleState(theta);
        var alpha = state.ActivationOf(layer);
        var n = evaluator.Count;
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

    /// <summary>Singular values and numerical rank of the layer-l feature matrix.</summary>
    public static SingularValueSummary FeatureSpectrum(BatchEvaluator evaluator, ReadOnlySpan<double> theta, int layer) =>
        Spectra.SingularValues(FeatureMatrix(evaluator, theta, layer), evaluator.Count, evaluator.Network.Architecture.Width(layer));
}
