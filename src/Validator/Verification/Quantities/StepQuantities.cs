using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>A quantity of one GD step to the next: recorded along GD, undefined anywhere else.</summary>
internal abstract class StepQuantity : Measurer
{
    public override bool RecordedAlongGd => true;

    public override bool AtOnePoint => false;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        new(double.NaN, 0, $"{Name} is defined only along a GD trajectory", 0, MeasurementExit.NotRecorded, 0);
}

/// <summary>kappa_t = |cos(theta_{t+1} - theta_t, gbar_t)|.</summary>
internal sealed class StepCosine : StepQuantity
{
    public override string Name => "step_cosine";
}

/// <summary>alphahat_t, the empirical RSC modulus along the step.</summary>
internal sealed class RscModulus : StepQuantity
{
    public override string Name => "rsc_modulus";
}

/// <summary>r_t = Lhat(theta_{t+1}) / Lhat(theta_t).</summary>
internal sealed class ContractionRatio : StepQuantity
{
    public override string Name => "contraction_ratio";
}

/// <summary>t, the GD step index of the point (0 off a trajectory).</summary>
internal sealed class Step : Measurer
{
    public override string Name => "step";

    public override bool AtOnePoint => false;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(point.Step ?? 0, "GD step index");
}
