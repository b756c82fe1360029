using BoundCheck.Validator.IO;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// theta to and from safetensors: either one flat tensor "theta" [p] in this layout, or per-layer tensors "W1".."WL"
/// ([m_l, m_{l-1}], row-major as PyTorch stores Linear weights), optional "b1".."bL" and "v" ([m_L] or [1, m_L]).
/// </summary>
public static class ParameterTensors
{
    /// <summary>Per-layer tensors of theta.</summary>
    public static IReadOnlyList<NamedTensor> ToTensors(Network network, ReadOnlySpan<double> theta)
    {
        network.CheckParameters(theta);
        var tensors = new List<NamedTensor>();
        var layout = network.Layout;
        for (var l = 1; l <= network.Depth; l++)
        {
            var block = layout.Weight(l);
            var rowMajor = new double[block.Length];
            var w = block.Of(theta);
            for (var r = 0; r < block.Rows; r++)
            {
                for (var c = 0; c < block.Cols; c++)
                {
                    rowMajor[r * block.Cols + c] = w[r + c * block.Rows];
                }
            }
            tensors.Add(new NamedTensor($"W{l}", [block.Rows, block.Cols], rowMajor));
            if (layout.HasBiases)
            {
                tensors.Add(new NamedTensor($"b{l}", [block.Rows], layout.Bias(l).Of(theta).ToArray()));
            }
        }
        tensors.Add(new NamedTensor("v", [layout.Output.Rows], layout.Output.Of(theta).ToArray()));
        return tensors;
    }

    /// <summary>theta from a file's tensors, or an error naming the tensor and the expected shape.</summary>
    public static (double[]? Theta, string? Error) FromFile(Network network, TensorFile file, string source)
    {
        var layout = network.Layout;
        if (file.Find("theta") is { } flat)
        {
            return flat.ElementCount == network.ParameterCount
                ? (flat.Data.ToArray(), null)
                : (null, $"{source}: tensor 'theta' has {flat.ElementCount} entries but {network.Architecture.Describe()} has p = {network.ParameterCount}");
        }
        var theta = new double[network.ParameterCount];
        for (var l = 1; l <= network.Depth; l++)
        {
            var block = layout.Weight(l);
            var error = Copy(file.Find($"W{l}"), $"W{l}", block, source, theta, transpose: true);
            if (error is null && layout.HasBiases)
            {
                error = Copy(file.Find($"b{l}"), $"b{l}", layout.Bias(l), source, theta, transpose: false);
            }
            if (error is not null)
            {
                return (null, error);
            }
        }
        var outputError = Copy(file.Find("v"), "v", layout.Output, source, theta, transpose: false);
        return outputError is null ? (theta, null) : (null, outputError);
    }

    private static string? Copy(NamedTensor? tensor, string name, Block block, string source, double[] theta, bool transpose)
    {
        if (tensor is null)
        {
            return $"{source}: missing tensor '{name}' (expected [{block.Rows}, {block.Cols}]) and no flat 'theta'";
        }
        if (tensor.ElementCount != block.Length || (transpose && (tensor.Shape.Length != 2 || tensor.Shape[0] != block.Rows)))
        {
            return $"{source}: tensor '{name}' has shape [{string.Join(", ", tensor.Shape)}], expected [{block.Rows}, {block.Cols}]";
        }
        var target = block.Of(theta.AsSpan());
        for (var r = 0; r < block.Rows; r++)
        {
            for (var c = 0; c < block.Cols; c++)
            {
                target[r + c * block.Rows] = transpose ? tensor.Data[r * block.Cols + c] : tensor.Data[r + c * block.Rows];
            }
        }
        return null;
    }
}
