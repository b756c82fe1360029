using BoundCheck.Validator.Models;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>||theta - theta_0||_2.</summary>
internal sealed class DistanceFromInit : Measurer
{
    public override string Name => "distance_from_init";

    public override bool RecordedAlongGd => true;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.Distance(theta), "||theta - theta_0||_2");
}

/// <summary>max_l ||W_l - W_l(0)||_2.</summary>
internal sealed class LayerDistanceMax : Measurer
{
    public override string Name => "layer_distance_max";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        context.LayerNorms(theta, context.Theta0, "max_l ||W_l - W_l(0)||_2 (Lanczos on the Gram operator)");
}

/// <summary>||v - v_0||_2.</summary>
internal sealed class OutputDistance : Measurer
{
    public override string Name => "output_distance";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.OutputDistance(theta), "||v - v_0||_2");
}

/// <summary>max_l ||W_l(0)||_2 / sqrt(m).</summary>
internal sealed class InitSpectralMax : Measurer
{
    public override string Name => "init_spectral_max";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        context.InitSpectralMax(context.Theta0);
}

/// <summary>||v_0||_2.</summary>
internal sealed class OutputNormInit : Measurer
{
    public override string Name => "output_norm_init";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(MeasureContext.Norm(context.Layers.Output.Of(context.Theta0.AsSpan())), "||v_0||_2");
}

/// <summary>||W_0^(1)||_F: 0 for Chatterjee's positive initialisation.</summary>
internal sealed class InitFirstLayerNorm : Measurer
{
    public override string Name => "init_first_layer_norm";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(MeasureContext.Norm(context.Layers.Weights[0].Of(context.Theta0.AsSpan())), "||W_0^(1)||_F");
}

/// <summary>The smallest entry of W_0^(2..L) and v_0: positive for Chatterjee's positive initialisation.</summary>
internal sealed class InitWeightMin : Measurer
{
    public override string Name => "init_weight_min";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var blocks = context.Layers.Weights.Skip(1).Append(context.Layers.Output);
        var min = blocks.Select(b => b.Of(context.Theta0.AsSpan()).ToArray().DefaultIfEmpty(double.PositiveInfinity).Min())
            .DefaultIfEmpty(double.PositiveInfinity).Min();
        return Exact(min, "smallest entry of W_0^(2..L) and v_0");
    }
}
