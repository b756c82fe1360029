namespace BoundCheck.Validator.Models;

/// <summary>A capability: the n x m_l feature matrix of each layer over the bound inputs (rank conditions need it).</summary>
public interface ILayerFeatures
{
    /// <summary>L: feature layers are 1..L (layer 0 is the inputs).</summary>
    int FeatureLayers { get; }

    /// <summary>m_l, the number of features of layer l (l = 0..L).</summary>
    int FeatureWidth(int layer);

    /// <summary>The n x m_l feature matrix of layer l (row i = alpha^(l)(x_i)), column-major; l = 0 gives the inputs.</summary>
    double[] FeatureMatrix(ReadOnlySpan<double> theta, int layer);
}
