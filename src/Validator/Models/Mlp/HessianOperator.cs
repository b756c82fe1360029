using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// The exact Hessian H = sum_i w_i grad^2 f_i + sum_i c_i grad f_i grad f_i^T at a fixed theta, applied by the
/// R-operator (forward-over-reverse). With w_i = dL/df_i, c_i = d^2L/df_i^2 it is the empirical loss Hessian; with
/// c = 0 and w = e_i the predictor Hessian at one input. The forward/backward state at theta is computed once;
/// each Apply costs about two gradients and allocates nothing.
/// </summary>
public sealed class HessianOperator : ILinearOperator
{
    private readonly BatchState _state;
    private readonly ReadOnlyMemory<double> _theta;
    private readonly BlasBackend _blas;

    internal HessianOperator(BatchState state, ReadOnlyMemory<double> theta, BlasBackend blas)
    {
        _state = state;
        _theta = theta;
        _blas = blas;
        // Gradient not needed here: Backward fills Delta and G, which the R-backward pass reads.
        Passes.Backward(state, theta.Span, Span<double>.Empty, blas);
    }

    /// <inheritdoc/>
    public int Dimension => _state.Network.ParameterCount;

    /// <summary>How many products have been applied (the cost unit of Lanczos).</summary>
    public int Products { get; private set; }

    /// <summary>GEMM/GEMV floating-point operations of one product.</summary>
    public double FlopsPerProduct => FlopCount.HessianVector(_state.Network.Architecture, _state.Count);

    /// <summary>The network outputs f_i at theta.</summary>
    public ReadOnlySpan<double> Predictions => _state.Predictions;

    /// <inheritdoc/>
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != Dimension || y.Length != Dimension)
        {
            throw new ArgumentException($"Hessian operator of dimension {Dimension} applied to x[{x.Length}], y[{y.Length}]");
        }
        Passes.HessianVector(_state, _theta.Span, x, y, _blas);
        Products++;
    }
}
