using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>Lhat(theta), the averaged square loss.</summary>
internal sealed class Loss : Measurer
{
    public override string Name => "loss";

    public override bool RecordedAlongGd => true;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.Batch.Loss(theta, context.Data.Targets, LossKind.SquareMean), "Lhat = (1/n) sum (f_i - y_i)^2");
}

/// <summary>Lhat(theta_0).</summary>
internal sealed class Loss0 : Measurer
{
    public override string Name => "loss0";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.Batch.Loss(context.Theta0, context.Data.Targets, LossKind.SquareMean), "Lhat(theta_0)");
}

/// <summary>||grad Lhat(theta)||_2.</summary>
internal sealed class GradNormLoss : Measurer
{
    public override string Name => "grad_norm_loss";

    public override string Alias => "grad-norm";

    public override bool RecordedAlongGd => true;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.LossAndGradientNorm(theta).GradientNorm, "||grad Lhat|| by backprop");
}

/// <summary>||grad Lhat||^2 / Lhat.</summary>
internal sealed class PlRatio : Measurer
{
    public override string Name => "pl_ratio";

    public override bool RecordedAlongGd => true;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.PlRatio(theta), "||grad Lhat||^2 / Lhat");
}

/// <summary>||gbar||^2, gbar = (1/n) sum_i grad f(theta; x_i), by one weighted backprop.</summary>
internal sealed class AvgGradNormSq : Measurer
{
    public override string Name => "avg_grad_norm_sq";

    public override string Alias => "avg-grad-norm-sq";

    public override bool RecordedAlongGd => true;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var g = new double[theta.Length];
        context.Batch.AverageGradient(theta, g);
        return Exact(VectorOps.Dot(g, g), "||(1/n) sum_i grad f_i||^2 by one weighted backprop");
    }
}
