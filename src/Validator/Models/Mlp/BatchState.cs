
namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// Preallocated per-layer buffers of the batched passes over n samples (each m_l x n, column-major, one column
/// per sample): activations alpha^(l), phi'(z^(l)), phi''(z^(l)), backpropagated Delta^(l) = dL/dalpha^(l) and
/// G^(l) = dL/dz^(l), and the R-operator's directional derivatives of each. Nothing parameter-sized.
/// </summary>
internal sealed class BatchState
{
    public BatchState(Network network, ReadOnlyMemory<double> inputs, int count)
    {
        var architecture = network.Architecture;
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"sample count n must be >= 1, got {count}");
        }
        if (inputs.Length != (long)architecture.InputDimension * count)
        {
            throw new ArgumentException(
                $"inputs hold {inputs.Length} values but d x n = {architecture.InputDimension} x {count} were expected", nameof(inputs));
        }
        Network = network;
        Inputs = inputs;
        Count = count;
        var depth = architecture.Depth;
        Alpha = new double[depth + 1][];
        First = new double[depth + 1][];
        Second = new double[depth + 1][];
        Delta = new double[depth + 1][];
        G = new double[depth + 1][];
        RZ = new double[depth + 1][];
        RAlpha = new double[depth + 1][];
        RDelta = new double[depth + 1][];
        RG = new double[depth + 1][];
        for (var l = 1; l <= depth; l++)
        {
            var size = architecture.Width(l) * count;
            Alpha[l] = new double[size];
            First[l] = new double[size];
            Second[l] = new double[size];
            Delta[l] = new double[size];
            G[l] = new double[size];
        }
        Scratch = new double[architecture.Widths.Max() * count];
        Predictions = new double[count];
        Weights = new double[count];
        Curvature = new double[count];
        RPredictions = new double[count];
        RWeights = new double[count];
    }

    public Network Network { get; }
    public ReadOnlyMemory<double> Inputs { get; }
    public int Count { get; }

    public double[][] Alpha { get; }
    public double[][] First { get; }
    public double[][] Second { get; }
    public double[][] Delta { get; }
    public double[][] G { get; }
    public double[][] RZ { get; }
    public double[][] RAlpha { get; }
    public double[][] RDelta { get; }
    public double[][] RG { get; }

    /// <summary>Pre-activations z^(l) of the layer being evaluated.</summary>
    public double[] Scratch { get; }

    /// <summary>f_i.</summary>
    public double[] Predictions { get; }
    /// <summary>w_i = dL/df_i used by the last backward pass.</summary>
    public double[] Weights { get; }
    /// <summary>c_i = d^2L/df_i^2 (0 for a predictor Hessian).</summary>
    public double[] Curvature { get; }
    /// <summary>R{f_i}.</summary>
    public double[] RPredictions { get; }
    /// <summary>R{w_i} = c_i R{f_i}.</summary>
    public double[] RWeights { get; }

    /// <summary>alpha^(l) as a span (l = 0 is the input matrix X).</summary>
    public ReadOnlySpan<double> ActivationOf(int layer) => layer == 0 ? Inputs.Span : Alpha[layer];

    /// <summary>Allocates the R-operator buffers once, on first use.</summary>
    public void EnsureDirectional()
    {
        if (RZ[1] is not null)
        {
            return;
        }
        for (var l = 1; l < Alpha.Length; l++)
        {
            RZ[l] = new double[Alpha[l].Length];
            RAlpha[l] = new double[Alpha[l].Length];
            RDelta[l] = new double[Alpha[l].Length];
            RG[l] = new double[Alpha[l].Length];
        }
    }
}
