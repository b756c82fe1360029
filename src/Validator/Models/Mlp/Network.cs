using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// The fully-connected network as a model: an architecture with its parameter layout; parameters live outside, in one
/// flat double[] theta. It has every capability: layer blocks here, batched predictor Hessians and layer features on its
/// <see cref="BatchEvaluator"/>.
/// </summary>
public sealed class Network : IModel, ILayerBlocks
{
    /// <summary>Lays out <paramref name="architecture"/>.</summary>
    public Network(Architecture architecture)
    {
        Architecture = architecture;
        Layout = new ParameterLayout(architecture);
        Weights = [.. Enumerable.Range(1, architecture.Depth).Select(Layout.Weight)];
    }

    /// <summary>The architecture.</summary>
    public Architecture Architecture { get; }

    /// <summary>Offsets and shapes of W^(l), b^(l), v inside theta.</summary>
    public ParameterLayout Layout { get; }

    /// <summary>p.</summary>
    public int ParameterCount => Layout.Count;

    /// <summary>L.</summary>
    public int Depth => Architecture.Depth;

    /// <inheritdoc/>
    public string Name => Architecture.Describe();

    /// <inheritdoc/>
    public int InputDimension => Architecture.InputDimension;

    /// <inheritdoc/>
    public IReadOnlyList<Block> Weights { get; }

    /// <inheritdoc/>
    public Block Output => Layout.Output;

    /// <inheritdoc/>
    public int MinWidth => Architecture.MinWidth;

    /// <inheritdoc/>
    public ILayerBlocks Layers => this;

    /// <inheritdoc/>
    public IModelBatch Bind(ReadOnlyMemory<double> inputs, int count, BlasBackend? blas = null) => new BatchEvaluator(this, inputs, count, blas);

    /// <inheritdoc/>
    public double[] Initialise(Initialisation scheme, ulong seed) => Initialiser.Draw(this, scheme, seed);

    /// <summary>Checks that theta has p entries; a mismatch throws with both numbers.</summary>
    public void CheckParameters(ReadOnlySpan<double> theta) => ModelExtensions.CheckParameters(this, theta);
}
