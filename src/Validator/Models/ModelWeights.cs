using BoundCheck.Validator.IO;
using BoundCheck.Validator.Models.Mlp;

namespace BoundCheck.Validator.Models;

/// <summary>Models with trained parameters from a safetensors file, in each family's documented tensor layout.</summary>
public static class ModelWeights
{
    /// <summary>The model of <paramref name="spec"/> and its theta read from <paramref name="path"/>; bad files are an <see cref="InputException"/>.</summary>
    public static (IModel Model, double[] Theta) Read(ModelSpec spec, int inputDimension, string path)
    {
        var read = SafetensorsReader.Read(path);
        if (!read.IsSuccess)
        {
            throw new InputException(read.Error!);
        }
        switch (spec)
        {
            case ModelSpec.FullyConnected fc:
                var network = ModelBuilder.Mlp(fc, inputDimension);
                var (theta, error) = ParameterTensors.FromFile(network, read.File!, path);
                return (network, theta ?? throw new InputException(error!));
            default:
                throw new InputException($"{path}: weights of the model family '{spec.Family}' are not read here");
        }
    }
}
