
namespace BoundCheck.Validator.Models.Mlp;

/// <summary>GEMM and GEMV flops (2 per multiply-add) the passes actually perform; entrywise work is not counted.</summary>
public static class FlopCount
{
    /// <summary>Forward pass over n samples.</summary>
    public static double Forward(Architecture a, int n) => Layers(a, n, fromLayer: 1) + 2.0 * a.Width(a.Depth) * n;

    /// <summary>Forward plus backward pass with the full gradient.</summary>
    public static double Gradient(Architecture a, int n) =>
        Forward(a, n) + 2.0 * a.Width(a.Depth) * n + Layers(a, n, fromLayer: 1) + Layers(a, n, fromLayer: 2);

    /// <summary>One Hessian-vector product (R-forward + R-backward; the forward state is cached).</summary>
    public static double HessianVector(Architecture a, int n) =>
        // R-forward: U A (all l) + W R{A} (l >= 2); R-backward: R{G} A^T (all l) + G R{A}^T, U^T G, W^T R{G} (l >= 2)
        2 * Layers(a, n, fromLayer: 1) + 4 * Layers(a, n, fromLayer: 2) + 8.0 * a.Width(a.Depth) * n;

    // sum over l >= fromLayer of 2 m_l m_{l-1} n
    private static double Layers(Architecture a, int n, int fromLayer)
    {
        var sum = 0.0;
        for (var l = fromLayer; l <= a.Depth; l++)
        {
            sum += 2.0 * a.Width(l) * a.Width(l - 1) * n;
        }
        return sum;
    }
}
