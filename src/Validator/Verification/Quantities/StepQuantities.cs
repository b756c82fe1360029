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

/// <summary>
/// r_t = Lhat(theta_{t+1}) / Lhat(theta_t), the gap ratio (Lhat(theta_{t+1}) - Lhat*) / (Lhat(theta_t) - Lhat*) at Lhat* = 0.
/// The convergence theorem of Banerjee et al. (arXiv:2209.15106v1) takes Lhat* = Lhat(thetabar_{t+1}), the minimum of
/// the loss over B_t, which is not computable. The ratio falls as Lhat* rises (its derivative in Lhat* is
/// (Lhat(theta_{t+1}) - Lhat(theta_t)) / (Lhat(theta_t) - Lhat*)^2 &lt; 0 on a descent step), so for any Lhat* in
/// [0, Lhat(theta_{t+1})] it lies in [0, r_t]: r_t can prove an upper bound on the theorem's ratio, never refute it.
/// The measurement is that interval, so a ratio above the bound is inconclusive, not a violation.
/// </summary>
internal sealed class ContractionRatio : StepQuantity
{
    public override string Name => "contraction_ratio";

    public override Measurement FromRecord(Measurement recorded) =>
        double.IsFinite(recorded.Value) && recorded.Value >= 0
            ? recorded with
            {
                Low = 0,
                High = recorded.Value,
                Method = recorded.Method + "; r_t takes Lhat* = 0, the theorem Lhat(thetabar_{t+1}) = min over B_t (unknown, in [0, Lhat(theta_{t+1})]"
                    + " when theta_{t+1} is in B_t): the theorem's ratio lies in [0, r_t], so r_t can prove the bound, not refute it",
            }
            : recorded;
}

/// <summary>t, the GD step index of the point (0 off a trajectory).</summary>
internal sealed class Step : Measurer
{
    public override string Name => "step";

    public override bool AtOnePoint => false;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(point.Step ?? 0, "GD step index");
}
