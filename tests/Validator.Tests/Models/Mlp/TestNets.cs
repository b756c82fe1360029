using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models.Mlp;

/// <summary>Small random networks, data and dense-matrix helpers shared by the derivative tests.</summary>
public static class TestNets
{
    public sealed record Case(Network Network, double[] Theta, double[] Inputs, double[] Targets)
    {
        public int Count => Targets.Length;
        public int P => Network.ParameterCount;
        public BatchEvaluator Evaluator(BlasBackend? blas = null) => new(Network, Inputs, Count, blas);
        public override string ToString() => Network.Architecture.Describe();
    }

    public static Case Make(Architecture a, int n, ulong seed, double weightScale = 1.0)
    {
        var network = new Network(a);
        var rng = new Xoshiro256StarStar(seed);
        var theta = new double[network.ParameterCount];
        rng.FillGaussian(theta, weightScale);
        var inputs = new double[a.InputDimension * n];
        rng.FillGaussian(inputs, 1.0);
        var targets = new double[n];
        rng.FillGaussian(targets, 1.0);
        return new Case(network, theta, inputs, targets);
    }

    /// <summary>A catalogue covering every activation, both scalings, biases and residual connections.</summary>
    public static IEnumerable<Case> Catalogue()
    {
        yield return Make(new Architecture(3, [4, 5], Activations.Tanh), 4, 1);
        yield return Make(new Architecture(3, [4, 4, 4], Activations.Sigmoid, biases: true), 3, 2);
        yield return Make(new Architecture(2, [5], Activations.Softplus, Scaling.Standard), 3, 3, 0.5);
        yield return Make(new Architecture(3, [4, 4], Activations.Gelu, residual: true, biases: true), 3, 4);
        yield return Make(new Architecture(4, [3, 3, 3], Activations.Silu, residual: true), 2, 5);
        yield return Make(new Architecture(3, [4, 2], Activations.Identity), 3, 6);
    }

    /// <summary>Dense matrix (column-major p x p) whose column j is op(e_j).</summary>
    public static double[] Dense(BoundCheck.Validator.Curvature.ILinearOperator op)
    {
        var p = op.Dimension;
        var dense = new double[p * p];
        var e = new double[p];
        for (var j = 0; j < p; j++)
        {
            e[j] = 1;
            op.Apply(e, dense.AsSpan(j * p, p));
            e[j] = 0;
        }
        return dense;
    }

    /// <summary>max_ij |a_ij - b_ij| / max_ij |b_ij|.</summary>
    public static double RelativeError(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double diff = 0, scale = 0;
        for (var i = 0; i < a.Length; i++)
        {
            diff = Math.Max(diff, Math.Abs(a[i] - b[i]));
            scale = Math.Max(scale, Math.Abs(b[i]));
        }
        return scale == 0 ? diff : diff / scale;
    }

    /// <summary>Spectral norm of a symmetric dense matrix (max |eigenvalue|), by MathNet.</summary>
    public static double SymmetricNorm(double[] dense, int p)
    {
        var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(p, p, dense);
        var symmetric = (matrix + matrix.Transpose()) / 2;
        return symmetric.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Max(e => Math.Abs(e.Real));
    }
}
