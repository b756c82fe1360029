namespace BoundCheck.Validator.Models;

/// <summary>The optional capabilities of the seam, as a caller names what it needs.</summary>
[Flags]
public enum ModelCapability
{
    /// <summary>Nothing beyond IModel and IModelBatch.</summary>
    None = 0,
    /// <summary><see cref="ILayerBlocks"/>: weight matrices and output vector inside theta.</summary>
    LayerBlocks = 1,
    /// <summary><see cref="ILayerFeatures"/>: the feature matrices of the layers.</summary>
    LayerFeatures = 2,
    /// <summary><see cref="IBatchedPredictorHessians"/>: Hessians on an exact range restriction.</summary>
    BatchedPredictorHessians = 4,
}

/// <summary>Asks a model for its capabilities (never by a cast).</summary>
public static class ModelCapabilities
{
    /// <summary>The capabilities a model bound to data has.</summary>
    public static ModelCapability Of(IModelBatch batch) =>
        (batch.Model.Layers is null ? ModelCapability.None : ModelCapability.LayerBlocks)
        | (batch.Features is null ? ModelCapability.None : ModelCapability.LayerFeatures)
        | (batch.BatchedHessians is null ? ModelCapability.None : ModelCapability.BatchedPredictorHessians);

    /// <summary>Why <paramref name="batch"/> cannot give what <paramref name="needed"/> names, or null when it can.</summary>
    public static string? Missing(IModelBatch batch, ModelCapability needed)
    {
        var missing = needed & ~Of(batch);
        if (missing == ModelCapability.None)
        {
            return null;
        }
        var names = Enum.GetValues<ModelCapability>().Where(c => c != ModelCapability.None && missing.HasFlag(c)).Select(Describe);
        return $"the model {batch.Model.Name} has no {string.Join(" and no ", names)}";
    }

    private static string Describe(ModelCapability capability) => capability switch
    {
        ModelCapability.LayerBlocks => "layer blocks",
        ModelCapability.LayerFeatures => "layer features",
        _ => "batched predictor Hessians",
    };
}
