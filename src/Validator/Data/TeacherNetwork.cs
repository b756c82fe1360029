using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Data;

/// <summary>
/// A tiny random teacher f(x) = v^T tanh(W x / sqrt(d)) / sqrt(h) with W (h x d) and v i.i.d. N(0, 1):
/// an independent forward pass so that data generation does not depend on the Networks code.
/// </summary>
internal sealed class TeacherNetwork
{
    public const int HiddenWidth = 32;
    private readonly int d;
    private readonly double[] w;
    private readonly double[] v;

    public TeacherNetwork(int dimension, int seed)
    {
        d = dimension;
        var random = new Random(seed);
        w = new double[HiddenWidth * dimension];
        v = new double[HiddenWidth];
        RandomVectors.FillGaussian(random, w);
        RandomVectors.FillGaussian(random, v);
    }

    public double Evaluate(ReadOnlySpan<double> x)
    {
        double output = 0;
        double inputScale = 1 / Math.Sqrt(d);
        for (int k = 0; k < HiddenWidth; k++)
        {
            double pre = 0;
            for (int i = 0; i < d; i++)
            {
                pre += w[k * d + i] * x[i];
            }
            output += v[k] * Math.Tanh(pre * inputScale);
        }
        return output / Math.Sqrt(HiddenWidth);
    }
}
