using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Models;

/// <summary>Builds models from their <see cref="ModelSpec"/>; a value the family cannot take is an <see cref="InputException"/>.</summary>
public static class ModelBuilder
{
    /// <summary>The model of <paramref name="spec"/> on inputs of dimension <paramref name="inputDimension"/>.</summary>
    public static IModel Build(ModelSpec spec, int inputDimension) => spec switch
    {
        ModelSpec.FullyConnected fc => Mlp(fc, inputDimension),
        _ => throw new InputException($"model family '{spec.Family}' is not built here"),
    };

    /// <summary>The fully-connected network of <paramref name="spec"/>, typed (for callers of the MLP's own API, e.g. bench).</summary>
    public static Network Mlp(ModelSpec.FullyConnected spec, int inputDimension)
    {
        var activation = Activations.TryParse(spec.Activation)
            ?? throw new InputException($"unknown activation '{spec.Activation}' (known: {Activations.Names})");
        if (Architecture.Problem(inputDimension, spec.Widths) is { } problem)
        {
            throw new InputException(problem);
        }
        return new Network(new Architecture(inputDimension, spec.Widths, activation, spec.Scaling, spec.Biases, spec.Residual));
    }
}
