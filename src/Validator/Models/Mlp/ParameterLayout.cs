namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// The layout of the flat parameter vector theta = (vec W^(1), ..., vec W^(L), b^(1), ..., b^(L), v):
/// W^(l) is m_l x m_{l-1} column-major, biases (if any) m_l x 1, v is m_L x 1.
/// </summary>
public sealed class ParameterLayout
{
    private readonly Block[] _weights;
    private readonly Block[] _biases;

    /// <summary>Lays out the parameters of <paramref name="architecture"/>.</summary>
    public ParameterLayout(Architecture architecture)
    {
        var depth = architecture.Depth;
        _weights = new Block[depth];
        _biases = new Block[architecture.Biases ? depth : 0];
        long offset = 0;
        for (var l = 1; l <= depth; l++)
        {
            _weights[l - 1] = new Block(checked((int)offset), architecture.Width(l), architecture.Width(l - 1));
            offset += (long)architecture.Width(l) * architecture.Width(l - 1);
        }
        for (var l = 1; l <= _biases.Length; l++)
        {
            _biases[l - 1] = new Block(checked((int)offset), architecture.Width(l), 1);
            offset += architecture.Width(l);
        }
        Output = new Block(checked((int)offset), architecture.Width(depth), 1);
        Count = checked((int)(offset + architecture.Width(depth)));
    }

    /// <summary>p, the number of parameters.</summary>
    public int Count { get; }

    /// <summary>W^(l), l = 1..L.</summary>
    public Block Weight(int layer) => _weights[layer - 1];

    /// <summary>b^(l), l = 1..L (only when the architecture has biases).</summary>
    public Block Bias(int layer) => _biases[layer - 1];

    /// <summary>Whether biases are present.</summary>
    public bool HasBiases => _biases.Length > 0;

    /// <summary>The output vector v.</summary>
    public Block Output { get; }
}
