using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// A fully-connected scalar-output network: input dimension d = m_0, hidden widths m_1..m_L, activation,
/// scaling, optional biases (z = s W a + b), optional residual connections alpha^(l) = alpha^(l-1) + phi(z^(l))
/// on hidden layers l &gt;= 2 whose width equals the previous one.
/// </summary>
public sealed record Architecture
{
    /// <summary>Builds and validates an architecture; a bad value throws with a message naming it.</summary>
    public Architecture(int inputDimension, IReadOnlyList<int> widths, Activation activation,
        Scaling scaling = Scaling.Ntk, bool biases = false, bool residual = false)
    {
        if (Problem(inputDimension, widths) is { } problem)
        {
            throw new ArgumentOutOfRangeException(inputDimension <= 0 ? nameof(inputDimension) : nameof(widths), problem);
        }
        InputDimension = inputDimension;
        Widths = widths.ToArray();
        Activation = activation;
        Scaling = scaling;
        Biases = biases;
        Residual = residual;
    }

    /// <summary>What is wrong with an input dimension and hidden widths, naming the value, or null when they make a network.</summary>
    public static string? Problem(int inputDimension, IReadOnlyList<int> widths)
    {
        if (inputDimension <= 0)
        {
            return $"input dimension d must be >= 1, got {inputDimension}";
        }
        if (widths.Count == 0)
        {
            return "depth L must be >= 1, got 0 hidden layers";
        }
        for (var l = 0; l < widths.Count; l++)
        {
            if (widths[l] <= 0)
            {
                return $"width m_{l + 1} must be >= 1, got {widths[l]}";
            }
        }
        return null;
    }

    /// <summary>Depth L and width m in every hidden layer.</summary>
    public static Architecture Uniform(int inputDimension, int depth, int width, Activation activation,
        Scaling scaling = Scaling.Ntk, bool biases = false, bool residual = false)
    {
        if (depth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), $"depth L must be >= 1, got {depth}");
        }
        if (width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"width m must be >= 1, got {width}");
        }
        return new Architecture(inputDimension, Enumerable.Repeat(width, depth).ToArray(), activation, scaling, biases, residual);
    }

    /// <summary>d = m_0.</summary>
    public int InputDimension { get; }

    /// <summary>m_1..m_L.</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>phi.</summary>
    public Activation Activation { get; }

    /// <summary>NTK or standard scaling.</summary>
    public Scaling Scaling { get; }

    /// <summary>Whether each layer has a bias vector.</summary>
    public bool Biases { get; }

    /// <summary>Whether equal-width hidden layers (l &gt;= 2) carry a skip connection.</summary>
    public bool Residual { get; }

    /// <summary>L.</summary>
    public int Depth => Widths.Count;

    /// <summary>m_l for l = 0..L (m_0 = d).</summary>
    public int Width(int layer) => layer == 0 ? InputDimension : Widths[layer - 1];

    /// <summary>Whether layer l (1-based) adds its input to its output.</summary>
    public bool HasSkip(int layer) => Residual && layer >= 2 && Width(layer) == Width(layer - 1);

    /// <summary>The factor s_l multiplying W^(l) alpha^(l-1): 1/sqrt(m_{l-1}) (NTK) or 1; l = L+1 is the output layer.</summary>
    public double LayerScale(int layer) => Scaling == Scaling.Ntk ? 1.0 / Math.Sqrt(Width(layer - 1)) : 1.0;

    /// <summary>Smallest hidden width.</summary>
    public int MinWidth => Widths.Min();

    /// <summary>Readable description, e.g. "fc-L3-m512-tanh-ntk" (widths joined by 'x' when not uniform).</summary>
    public string Describe()
    {
        var widths = Widths.Distinct().Count() == 1 ? $"m{Widths[0]}" : "m" + string.Join("x", Widths);
        var extras = (Biases ? "-bias" : "") + (Residual ? "-res" : "");
        return $"fc-L{Depth}-{widths}-d{InputDimension}-{Activation.Name}-{(Scaling == Scaling.Ntk ? "ntk" : "std")}{extras}";
    }
}
