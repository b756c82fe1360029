using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Models;

/// <summary>
/// A scalar-output model f(theta; x) with a flat parameter vector theta (DESIGN.md, "The numeric core: a model seam"):
/// what every architecture family provides. Optional capabilities are their own interfaces, asked for through
/// <see cref="Layers"/> (null when the family has none), never by a cast.
/// </summary>
public interface IModel
{
    /// <summary>Readable, reproducible description, e.g. "fc-L3-m512-d32-tanh-ntk".</summary>
    string Name { get; }

    /// <summary>p, the length of theta.</summary>
    int ParameterCount { get; }

    /// <summary>d, the length of one input.</summary>
    int InputDimension { get; }

    /// <summary>The model over a fixed batch of <paramref name="count"/> inputs (d x n column-major, one column per sample).</summary>
    IModelBatch Bind(ReadOnlyMemory<double> inputs, int count, BlasBackend? blas = null);

    /// <summary>theta_0 for an initialisation scheme and a seed: same inputs, bit-identical theta.</summary>
    double[] Initialise(Initialisation scheme, ulong seed);

    /// <summary>The weight matrices and output vector inside theta, or null when the model has no layer blocks.</summary>
    ILayerBlocks? Layers { get; }
}
