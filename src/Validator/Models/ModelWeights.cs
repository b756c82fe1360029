using BoundCheck.Validator.IO;
using BoundCheck.Validator.Models.Mlp;

namespace BoundCheck.Validator.Models;

/// <summary>A safetensors file of trained parameters, read once.</summary>
/// <param name="InputDimension">d as the file's first layer implies it (columns of W1), or null for a flat theta.</param>
public sealed record WeightsFile(TensorFile File, string Source, int? InputDimension);

/// <summary>
/// What the user said about the architecture of a weights file: the spec with every value (defaults where nothing was
/// said) and which of depth, width and biases were said. The file decides what was not said; what was said must agree.
/// </summary>
public sealed record WeightsRequest(ModelSpec.FullyConnected Spec, bool DepthGiven, bool WidthGiven, bool BiasesGiven);

/// <summary>
/// Models with trained parameters from a safetensors file, in each family's documented tensor layout: per-layer
/// tensors give the architecture (a mismatch with what the user said is refused naming the tensor) and every tensor
/// is used; a flat 'theta' is read into the architecture the user gave.
/// </summary>
public static class ModelWeights
{
    /// <summary>Reads the file; a file that does not read is an <see cref="InputException"/>.</summary>
    public static WeightsFile Open(string path)
    {
        var read = SafetensorsReader.Read(path);
        if (!read.IsSuccess)
        {
            throw new InputException(read.Error!);
        }
        var w1 = read.File!.Find("W1");
        return new WeightsFile(read.File, path, w1 is { Shape.Length: 2 } ? w1.Shape[1] : null);
    }

    /// <summary>The model the file holds on inputs of dimension <paramref name="inputDimension"/>, and its theta.</summary>
    public static (IModel Model, double[] Theta) Read(WeightsFile weights, int inputDimension, WeightsRequest request)
    {
        var spec = request.Spec;
        if (TensorShapes.Infer(weights.File, weights.Source) is { } shape)
        {
            spec = Agree(shape, inputDimension, request, weights.Source);
        }
        var network = ModelBuilder.Mlp(spec, inputDimension);
        var (theta, error) = ParameterTensors.FromFile(network, weights.File, weights.Source);
        return (network, theta ?? throw new InputException(error!));
    }

    // The file's architecture, after checking it against the data and against what the user said.
    private static ModelSpec.FullyConnected Agree(TensorShape shape, int inputDimension, WeightsRequest request, string source)
    {
        var (spec, depth) = (request.Spec, shape.Widths.Count);
        if (shape.InputDimension != inputDimension)
        {
            throw new InputException($"{source}: tensor 'W1' has shape [{shape.Widths[0]}, {shape.InputDimension}] but the inputs have d = {inputDimension}");
        }
        if (request.DepthGiven && spec.Widths.Count != depth)
        {
            throw new InputException(spec.Widths.Count < depth
                ? $"{source}: tensor 'W{spec.Widths.Count + 1}' lies beyond --L {spec.Widths.Count}: the file holds W1..W{depth} (drop --L, or pass --L {depth})"
                : $"{source}: --L {spec.Widths.Count} but the file has no tensor 'W{depth + 1}': it holds W1..W{depth}");
        }
        for (var l = 1; l <= depth && request.WidthGiven; l++)
        {
            if (shape.Widths[l - 1] != spec.Widths[0])
            {
                throw new InputException($"{source}: --m {spec.Widths[0]} but tensor 'W{l}' has {shape.Widths[l - 1]} rows (width m_{l} = {shape.Widths[l - 1]})");
            }
        }
        if (request.BiasesGiven && !shape.Biases)
        {
            throw new InputException($"{source}: --biases but the file has no tensor 'b1' (biases b1..b{depth})");
        }
        return spec with { Widths = shape.Widths, Biases = shape.Biases };
    }
}
