using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>
/// One Lanczos run driven from outside: the caller applies the operator to <see cref="Current"/> and hands the
/// product to <see cref="Step"/> until <see cref="Exit"/> is set. Lets one loop serve a single operator and a
/// batch of them.
/// </summary>
internal sealed class LanczosRun
{
    private readonly LanczosState state;
    private readonly LanczosOptions options;
    private readonly int n;
    private readonly int maxK;
    private int j;

    public LanczosRun(int dimension, LanczosOptions options, BlasBackend blas)
    {
        if (dimension < 1)
        {
            throw new ArgumentException($"Operator dimension must be >= 1, got {dimension}.", nameof(dimension));
        }
        n = dimension;
        this.options = options;
        maxK = Math.Min(options.MaxIterations, n);
        state = new LanczosState(n, maxK, blas);
        state.Basis.Add(RandomVectors.UnitGaussian(n, options.Seed));
    }

    /// <summary>The vector q_j the operator must be applied to next.</summary>
    public ReadOnlySpan<double> Current => state.Basis[j];

    /// <summary>Why the run stopped, or null while it goes on.</summary>
    public SpectralExit? Exit { get; private set; }

    /// <summary>Takes w = A q_j (overwritten), extends T and the basis, and decides whether to stop.</summary>
    public void Step(Span<double> w, IProgress<SpectralProgress>? progress)
    {
        state.Products++;
        if (!VectorOps.AllFinite(w))
        {
            Exit = SpectralExit.NonFinite;
            return;
        }
        state.Alpha[j] = state.Basis.Orthogonalise(w, j > 0 ? state.Beta[j - 1] : 0.0);
        state.Beta[j] = VectorOps.Norm(w);
        if (!state.SolveRitz(j + 1))
        {
            Exit = SpectralExit.NonFinite;
            return;
        }
        var (top, bottom) = state.Ends(options.Target);
        progress?.Report(new SpectralProgress(j + 1, top.Value, top.Residual));
        if (state.Beta[j] <= InvariantThreshold())
        {
            Exit = SpectralExit.InvariantSubspace;
        }
        else if (Lanczos.Certified(top, options.Tolerance) && Lanczos.Certified(bottom, options.Tolerance) && j + 1 >= Math.Min(options.MinIterations, maxK))
        {
            Exit = SpectralExit.Converged;
        }
        else if (j + 1 >= maxK)
        {
            Exit = SpectralExit.MaxIterations;
        }
        else
        {
            VectorOps.Scale(1.0 / state.Beta[j], w);
            state.Basis.Add(w);
            j++;
        }
    }

    /// <summary>The estimates once the run has stopped.</summary>
    public LanczosResult Result() =>
        Exit is { } exit ? state.ToResult(exit, options) : throw new InvalidOperationException("the Lanczos run has not stopped");

    // beta_k below n eps ||T|| means A Q_k = Q_k T_k to working precision: span(Q_k) is invariant.
    private double InvariantThreshold() => Math.Max(n, 10) * 2.220446049250313e-16 * state.SpectralRadius;
}
