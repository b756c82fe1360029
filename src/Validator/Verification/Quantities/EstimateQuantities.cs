using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Statistics;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>
/// An extreme of a quantity over the Euclidean ball B(theta_0, r) (r from the theorem's r or R, else 1), estimated at
/// theta_0 and random points of the ball: a one-sided estimate, named as such in its method.
/// </summary>
internal abstract class BallEstimate : Measurer
{
    public override bool AtOnePoint => false;

    protected static double Radius(MeasureContext context) =>
        context.Bindings.TryGetValue("r", out var r) ? r : context.Bindings.TryGetValue("R", out var big) ? big : 1.0;

}

/// <summary>The smallest PL ratio found over the ball and along GD inside it (an upper estimate of the infimum).</summary>
internal sealed class PlAlphaEstimate : BallEstimate
{
    public override string Name => "pl_alpha_estimate";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var objective = SearchObjectives.For("pl_ratio", context.Batch, context.Data.Targets)!;
        return BallEstimates.Estimate(context.Theta0, Radius(context), infimum: true, objective, t => Exact(context.PlRatio(t), "||grad Lhat||^2 / Lhat"),
            ((ball, starts) => LossDescentProbes.Lowest(context.Batch, context.Data.Targets, ball, starts, (loss, g2) => g2 / loss).Select(p => p.Theta),
                $"the lowest PL ratio of a {LossDescentProbes.Steps}-step GD (Armijo, projected) from each random point"));
    }
}

/// <summary>The largest loss-Hessian norm found over the ball (a lower estimate of the supremum).</summary>
internal sealed class SmoothnessEstimate : BallEstimate
{
    public override string Name => "smoothness_estimate";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var objective = SearchObjectives.For("hessian_norm_loss", context.Batch, context.Data.Targets)!;
        return BallEstimates.Estimate(context.Theta0, Radius(context), infimum: false, objective, context.LossHessianNorm);
    }
}

/// <summary>E0 = { max_l ||W_l(0)||_2 / sqrt(m) &lt;= sigma1 } over seeds 1..EventSeeds, with a Clopper-Pearson interval.</summary>
internal sealed class InitEventRate : Measurer
{
    /// <summary>Seeds drawn for the init-event rate.</summary>
    public const int EventSeeds = 100;

    public override string Name => "init_event_rate";

    public override ModelCapability Needs => ModelCapability.LayerBlocks;

    public override bool AtOnePoint => false;

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        if (!context.Bindings.TryGetValue("sigma1", out var sigma1))
        {
            throw new InputException("init_event_rate needs the parameter sigma1 (E0 is max_l ||W_l(0)||_2 / sqrt(m) <= sigma1)");
        }
        var hits = 0;
        for (var seed = 1; seed <= EventSeeds; seed++)
        {
            var draw = context.Model.Initialise(context.Init, (ulong)seed);
            hits += CertifiedMeasurement.Upper(context.InitSpectralMax(draw)) <= sigma1 ? 1 : 0;
        }
        var ci = Proportion.ClopperPearson(hits, EventSeeds);
        return new Measurement(ci.Rate, 0, $"E0 held on {hits} of {EventSeeds} seeds (counted only where the certified upper end of "
            + "max_l ||W_l(0)||_2 / sqrt(m) is <= sigma1); Clopper-Pearson 95% interval", 0, MeasurementExit.Exact, 0,
            Low: ci.Low, High: ci.High, Trials: EventSeeds);
    }
}
