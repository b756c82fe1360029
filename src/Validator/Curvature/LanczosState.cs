using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Curvature;

/// <summary>The mutable working set of one Lanczos run: basis, T_k, and its Ritz values (all preallocated).</summary>
internal sealed class LanczosState
{
    private readonly double[] ritz;
    private readonly double[] work;
    private readonly double[] lastRow;
    private int k;

    public LanczosState(int n, int maxK, BlasBackend blas)
    {
        Basis = new KrylovBasis(n, maxK, blas);
        Alpha = new double[maxK];
        Beta = new double[maxK];
        ritz = new double[maxK];
        work = new double[maxK];
        lastRow = new double[maxK];
    }

    public KrylovBasis Basis { get; }

    /// <summary>Diagonal of T.</summary>
    public double[] Alpha { get; }

    /// <summary>Beta[j] = ||r_j||: Beta[0..k-2] is the off-diagonal of T_k, Beta[k-1] the residual norm.</summary>
    public double[] Beta { get; }

    public int Products { get; set; }

    /// <summary>max |theta| over the current Ritz values.</summary>
    public double SpectralRadius => k == 0 ? 0 : Math.Max(Math.Abs(ritz[0]), Math.Abs(ritz[k - 1]));

    /// <summary>Eigen-decomposes T_size keeping only the last row of S; false if QL fails.</summary>
    public bool SolveRitz(int size)
    {
        Alpha.AsSpan(0, size).CopyTo(ritz);
        Beta.AsSpan(0, size - 1).CopyTo(work);
        k = size;
        return TridiagonalEigen.Solve(ritz.AsSpan(0, size), work.AsSpan(0, size), lastRow, size - 1, 1);
    }

    /// <summary>(theta, |beta_k s_k|) of Ritz value i.</summary>
    public (double Value, double Residual) Pair(int i) => (ritz[i], Math.Abs(Beta[k - 1] * lastRow[i]));

    /// <summary>
    /// The pairs the stopping rule must certify for <paramref name="target"/>, (first, second); for one end the
    /// same pair twice. For Magnitude: the end of larger |theta|, and the other end only if it could overtake
    /// it (|theta_other| + r_other &gt; |theta_dominant|).
    /// </summary>
    public ((double Value, double Residual) First, (double Value, double Residual) Second) Ends(SpectrumEnd target)
    {
        var top = Pair(k - 1);
        var bottom = Pair(0);
        switch (target)
        {
            case SpectrumEnd.Largest:
                return (top, top);
            case SpectrumEnd.Smallest:
                return (bottom, bottom);
            case SpectrumEnd.Both:
                return (top, bottom);
            default:
                var (dominant, other) = Math.Abs(top.Value) >= Math.Abs(bottom.Value) ? (top, bottom) : (bottom, top);
                bool otherMatters = Math.Abs(other.Value) + other.Residual > Math.Abs(dominant.Value);
                return (dominant, otherMatters ? other : dominant);
        }
    }

    public LanczosResult ToResult(SpectralExit exit, LanczosOptions options)
    {
        int iterations = k;
        if (k == 0)
        {
            var none = new SpectralEstimate(double.NaN, double.PositiveInfinity, Products, 0, exit);
            return new LanczosResult(none, none, Products, 0, exit, []);
        }
        var vectors = options.ComputeVectors ? RitzVectors() : default;
        var largest = Estimate(k - 1, exit, options, vectors.Top);
        var smallest = Estimate(0, exit, options, vectors.Bottom);
        return new LanczosResult(largest, smallest, Products, iterations, exit, ritz.AsSpan(0, k).ToArray(),
            Alpha.AsSpan(0, k).ToArray(), Beta.AsSpan(0, k).ToArray());
    }

    private SpectralEstimate Estimate(int i, SpectralExit runExit, LanczosOptions options, double[]? vector)
    {
        var (value, residual) = Pair(i);
        var exit = runExit == SpectralExit.MaxIterations && Lanczos.Certified((value, residual), options.Tolerance)
            ? SpectralExit.Converged
            : runExit;
        if (runExit == SpectralExit.Converged && !Lanczos.Certified((value, residual), options.Tolerance))
        {
            exit = SpectralExit.MaxIterations;
        }
        return new SpectralEstimate(value, residual, Products, k, exit, vector);
    }

    // Full eigenvectors of T_k once, at the end (O(k^3)); y = Q_k s for the two extreme Ritz values.
    private (double[] Top, double[] Bottom) RitzVectors()
    {
        var values = Alpha.AsSpan(0, k).ToArray();
        var off = new double[k];
        Beta.AsSpan(0, k - 1).CopyTo(off);
        var s = new double[k * k];
        TridiagonalEigen.Solve(values, off, s, 0, k);
        var top = new double[k];
        var bottom = new double[k];
        for (int r = 0; r < k; r++)
        {
            top[r] = s[r * k + k - 1];
            bottom[r] = s[r * k];
        }
        return (Basis.Combine(top), Basis.Combine(bottom));
    }
}
