using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>A number read from the singular values of the widest layer's n x m_l feature matrix.</summary>
internal abstract class FeatureQuantity : Measurer
{
    public override ModelCapability Needs => ModelCapability.LayerFeatures;

    protected abstract double Read(SingularValueSummary summary);

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var features = context.Batch.Features ?? throw new InvalidOperationException(ModelCapabilities.Missing(context.Batch, Needs));
        var layer = Enumerable.Range(1, features.FeatureLayers).MaxBy(features.FeatureWidth);
        var count = context.Data.Count;
        var summary = NetworkMeasures.FeatureSpectrum(features, count, theta, layer);
        return Exact(Read(summary),
            $"singular values of the {count} x {features.FeatureWidth(layer)} feature matrix of layer {layer} (dense SVD; rank tolerance {summary.Tolerance:G3})");
    }
}

/// <summary>The numerical rank of the feature matrix.</summary>
internal sealed class FeatureRank : FeatureQuantity
{
    public override string Name => "feature_rank";

    protected override double Read(SingularValueSummary summary) => summary.Rank;
}

/// <summary>The smallest singular value of the feature matrix.</summary>
internal sealed class FeatureSigmaMin : FeatureQuantity
{
    public override string Name => "feature_sigma_min";

    protected override double Read(SingularValueSummary summary) => summary.SigmaMin;
}

/// <summary>sigma_min / sigma_max of the feature matrix: the margin of a full-rank claim.</summary>
internal sealed class FeatureSigmaRatio : FeatureQuantity
{
    public override string Name => "feature_sigma_ratio";

    protected override double Read(SingularValueSummary summary) => summary.InverseCondition;
}

/// <summary>The numerical rank's singular-value threshold relative to sigma_max.</summary>
internal sealed class FeatureRankTolerance : FeatureQuantity
{
    public override string Name => "feature_rank_tolerance";

    protected override double Read(SingularValueSummary summary) => summary.SigmaMax > 0 ? summary.Tolerance / summary.SigmaMax : 0;
}
