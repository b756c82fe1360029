namespace BoundCheck.Validator.Models;

/// <summary>
/// A capability: the weight matrices W^(1..L) and the output vector v as blocks of theta, and the width m the theorems
/// scale with. Spectral balls B_Spec(rho, rho1) and per-layer distances ||W_l - W_l(0)||_2 need it.
/// </summary>
public interface ILayerBlocks
{
    /// <summary>p, the length of theta.</summary>
    int ParameterCount { get; }

    /// <summary>W^(l), l = 1..L, in order (column-major blocks of theta).</summary>
    IReadOnlyList<Block> Weights { get; }

    /// <summary>The output vector v.</summary>
    Block Output { get; }

    /// <summary>m, the smallest hidden width (the normaliser of ||W_l(0)||_2 / sqrt(m)).</summary>
    int MinWidth { get; }
}
