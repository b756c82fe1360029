using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Models.Mlp;

/// <summary>
/// An independent, deliberately naive per-sample forward pass (scalar loops, its own parameter offsets): the
/// ground truth that finite differences differentiate.
/// </summary>
public static class ReferenceNetwork
{
    public static double Predict(Architecture a, double[] theta, ReadOnlySpan<double> x)
    {
        var offset = 0;
        var weightOffsets = new int[a.Depth + 1];
        for (var l = 1; l <= a.Depth; l++)
        {
            weightOffsets[l] = offset;
            offset += a.Widths[l - 1] * (l == 1 ? a.InputDimension : a.Widths[l - 2]);
        }
        var biasOffsets = new int[a.Depth + 1];
        if (a.Biases)
        {
            for (var l = 1; l <= a.Depth; l++)
            {
                biasOffsets[l] = offset;
                offset += a.Widths[l - 1];
            }
        }
        var alpha = x.ToArray();
        for (var l = 1; l <= a.Depth; l++)
        {
            var rows = a.Widths[l - 1];
            var cols = alpha.Length;
            var scale = a.Scaling == Scaling.Ntk ? 1 / Math.Sqrt(cols) : 1.0;
            var next = new double[rows];
            for (var r = 0; r < rows; r++)
            {
                var z = 0.0;
                for (var c = 0; c < cols; c++)
                {
                    z += theta[weightOffsets[l] + r + c * rows] * alpha[c];
                }
                z = scale * z + (a.Biases ? theta[biasOffsets[l] + r] : 0.0);
                next[r] = a.Activation.Value(z) + (a.Residual && l >= 2 && rows == cols ? alpha[r] : 0.0);
            }
            alpha = next;
        }
        var f = 0.0;
        for (var r = 0; r < alpha.Length; r++)
        {
            f += theta[offset + r] * alpha[r];
        }
        return a.Scaling == Scaling.Ntk ? f / Math.Sqrt(alpha.Length) : f;
    }

    /// <summary>(1/n) sum (f_i - y_i)^2 by the reference forward.</summary>
    public static double SquareMeanLoss(Architecture a, double[] theta, double[] inputs, double[] y)
    {
        var d = a.InputDimension;
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var r = Predict(a, theta, inputs.AsSpan(i * d, d)) - y[i];
            sum += r * r;
        }
        return sum / y.Length;
    }
}
