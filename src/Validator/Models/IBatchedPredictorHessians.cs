using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Models;

/// <summary>
/// A capability: Hessians restricted exactly to small subspaces that hold their ranges (same nonzero spectra, far fewer
/// coordinates than p), so that the Lanczos runs of all inputs advance together, one GEMM per layer per step. The MLP
/// has it (a theorem about dense layers, see Mlp.RestrictedHessians); other families use the full operators.
/// </summary>
public interface IBatchedPredictorHessians
{
    /// <summary>grad^2 f(theta; x_i) for every input as one batched operator, one problem per input.</summary>
    IRestrictedHessians PredictorHessians(ReadOnlyMemory<double> theta);

    /// <summary>The empirical loss Hessian as a batched operator with one problem, on its range restriction.</summary>
    IRestrictedHessians RestrictedLossHessian(ReadOnlyMemory<double> theta, ReadOnlySpan<double> targets, LossKind kind);

    /// <summary>The dimension of the loss Hessian's restriction (compared with p to choose the cheaper operator).</summary>
    int RestrictedLossDimension { get; }
}
