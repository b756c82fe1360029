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
        var run = new LanczosRun(op.Dimension, options, blas ?? Blas.Default);
        var w = new double[op.Dimension];
        while (run.Exit is null)
        {
            op.Apply(run.Current, w);
            run.Step(w, progress);
        }
        return run.Result();
    }

    /// <summary>
    /// Runs one Lanczos per operator of <paramref name="op"/> in lockstep, every step one batched product over the
    /// runs not yet finished; each run is exactly what <see cref="Run"/> would do on its operator alone.
    /// </summary>
    public static IReadOnlyList<LanczosResult> RunBatch(IBatchedOperator op, LanczosOptions? options = null, BlasBackend? blas = null)
    {
        options ??= LanczosOptions.Default;
        options.Validate();
        var n = op.Dimension;
        var runs = Enumerable.Range(0, op.Count).Select(_ => new LanczosRun(n, options, blas ?? Blas.Default)).ToArray();
        var x = new double[(long)n * op.Count];
        var y = new double[(long)n * op.Count];
        int[] active;
        while ((active = [.. Enumerable.Range(0, runs.Length).Where(i => runs[i].Exit is null)]).Length > 0)
        {
            for (var c = 0; c < active.Length; c++)
            {
                runs[active[c]].Current.CopyTo(x.AsSpan(c * n, n));
            }
            op.Apply(active, x.AsSpan(0, active.Length * n), y.AsSpan(0, active.Length * n));
            for (var c = 0; c < active.Length; c++)
            {
                runs[active[c]].Step(y.AsSpan(c * n, n), null);
            }
        }
        return [.. runs.Select(r => r.Result())];
    }

    /// <summary>True when the residual certificate meets the relative tolerance.</summary>
    internal static bool Certified((double Value, double Residual) end, double tolerance) =>
        end.Residual <= tolerance * Math.Abs(end.Value);
}
