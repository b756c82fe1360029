using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Measures;

/// <summary>
/// The gradient of a simple eigenvalue lambda(theta) of a Hessian H(theta) with unit eigenvector u: d lambda = u^T (dH) u
/// (first-order perturbation theory), i.e. grad lambda = D^3 F[u, u, .], the third derivative of the function whose
/// Hessian H is, contracted twice with u. By symmetry of D^3 F this is the derivative of theta -> H(theta) u along u,
/// taken here as a central difference of two exact HVPs: (H(theta + h u) u - H(theta - h u) u) / (2h), error
/// O(h^2 |D^5 F|) + O(eps ||H u|| / h).
/// </summary>
public static class EigenvalueGradient
{
    /// <summary>The default difference step along the unit eigenvector.</summary>
    public const double Step = 1e-4;

    /// <summary>grad_theta (u^T H(theta) u) into <paramref name="gradient"/>; <paramref name="hessianAt"/> builds H at a point.</summary>
    public static void Of(Func<double[], ILinearOperator> hessianAt, ReadOnlySpan<double> theta, ReadOnlySpan<double> u, Span<double> gradient, double h = Step)
    {
        if (theta.Length != u.Length || gradient.Length != u.Length)
        {
            throw new ArgumentException($"theta, u and the gradient must have one length, got {theta.Length}, {u.Length}, {gradient.Length}");
        }
        var plus = Shifted(theta, u, h);
        var minus = Shifted(theta, u, -h);
        var below = new double[u.Length];
        hessianAt(plus).Apply(u, gradient);
        hessianAt(minus).Apply(u, below);
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] = (gradient[i] - below[i]) / (2 * h);
        }
    }

    private static double[] Shifted(ReadOnlySpan<double> theta, ReadOnlySpan<double> u, double h)
    {
        var shifted = theta.ToArray();
        VectorOps.Axpy(h, u, shifted);
        return shifted;
    }
}
