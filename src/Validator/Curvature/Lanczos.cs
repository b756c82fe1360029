using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>
/// Symmetric Lanczos with full reorthogonalisation (Gram-Schmidt, repeated when DGKS asks) for both ends of the spectrum.
/// Stopping rule: for a Ritz pair (theta, y = Q s) of T_k, ||A y - theta y|| = |beta_k s_k| bounds the distance
/// from theta to the nearest eigenvalue (Parlett, The Symmetric Eigenvalue Problem, Thm 4.5.1 and 13.1.1);
/// the run stops once that bound is &lt;= Tolerance * |theta| for the requested end(s).
/// </summary>
public static class Lanczos
{
    /// <summary>
    /// Runs Lanczos on <paramref name="op"/> from a seeded Gaussian start vector; the reorthogonalisation runs as
    /// GEMVs on <paramref name="blas"/> (default <see cref="Blas.Default"/>).
    /// </summary>
    public static LanczosResult Run(ILinearOperator op, LanczosOptions? options = null, IProgress<SpectralProgress>? progress = null,
        BlasBackend? blas = null)
    {
        options ??= LanczosOptions.Default;
        options.Validate();
        int n = op.Dimension;
        if (n < 1)
        {
            throw new ArgumentException($"Operator dimension must be >= 1, got {n}.", nameof(op));
        }
        int maxK = Math.Min(options.MaxIterations, n);
        var state = new LanczosState(n, maxK, blas ?? Blas.Default);
        state.Basis.Add(RandomVectors.UnitGaussian(n, options.Seed));
        var w = new double[n];
        var exit = SpectralExit.MaxIterations;
        for (int j = 0; j < maxK; j++)
        {
            op.Apply(state.Basis[j], w);
            state.Products++;
            if (!VectorOps.AllFinite(w))
            {
                exit = SpectralExit.NonFinite;
                break;
            }
            state.Alpha[j] = state.Basis.Orthogonalise(w, j > 0 ? state.Beta[j - 1] : 0.0);
            state.Beta[j] = VectorOps.Norm(w);
            if (!state.SolveRitz(j + 1))
            {
                exit = SpectralExit.NonFinite;
                break;
            }
            var (top, bottom) = state.Ends(options.Target);
            progress?.Report(new SpectralProgress(j + 1, top.Value, top.Residual));
            if (state.Beta[j] <= InvariantThreshold(n, state))
            {
                exit = SpectralExit.InvariantSubspace;
                break;
            }
            if (Certified(top, options.Tolerance) && Certified(bottom, options.Tolerance))
            {
                exit = SpectralExit.Converged;
                break;
            }
            if (j + 1 < maxK)
            {
                VectorOps.Scale(1.0 / state.Beta[j], w);
                state.Basis.Add(w);
            }
        }
        return state.ToResult(exit, options);
    }

    /// <summary>True when the residual certificate meets the relative tolerance.</summary>
    internal static bool Certified((double Value, double Residual) end, double tolerance) =>
        end.Residual <= tolerance * Math.Abs(end.Value);

    // beta_k below n eps ||T|| means A Q_k = Q_k T_k to working precision: span(Q_k) is invariant.
    private static double InvariantThreshold(int n, LanczosState state) =>
        Math.Max(n, 10) * 2.220446049250313e-16 * state.SpectralRadius;
}
