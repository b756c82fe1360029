using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Models;

/// <summary>
/// Hessians restricted exactly to subspaces that hold their ranges (one problem per input, or one for the loss), with the
/// map back to parameter space: an eigenvector of a restriction lifts to the eigenvector of the full Hessian with the same
/// nonzero eigenvalue (what the eigenvalue gradient u^T (dH) u of the adversarial search needs).
/// </summary>
public interface IRestrictedHessians : IBatchedOperator
{
    /// <summary>The parameter-space vector of <paramref name="problem"/>'s restricted coordinates.</summary>
    double[] Lift(int problem, ReadOnlySpan<double> coordinates);
}
