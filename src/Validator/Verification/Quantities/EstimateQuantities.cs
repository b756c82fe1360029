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
    /// <summary>Random points of the ball used for the PL-constant and smoothness estimates (plus theta_0).</summary>
    public const int BallSamples = 6;

    public override bool AtOnePoint => false;

    protected static double Radius(MeasureContext context) =>
        context.Bindings.TryGetValue("r", out var r) ? r : context.Bindings.TryGetValue("R", out var big) ? big : 1.0;

    protected static List<double[]> Points(MeasureContext context, double radius) =>
        BallPoints.Euclidean(context.Theta0, radius, BallSamples, 17).Select(p => p.Theta).Prepend(context.Theta0).ToList();
}

/// <summary>The smallest PL ratio found over the ball and along GD inside it (an upper estimate of the infimum).</summary>
internal sealed class PlAlphaEstimate : BallEstimate
{
    public override string Name => "pl_alpha_estimate";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var radius = Radius(context);
        var points = Points(context, radius);
        // The GD iterates inside the ball belong to it too, and they are where the rate claims are judged.
        var path = context.SettingPath();
        var along = Enumerable.Range(0, path.Steps + 1)
            .Where(t => path.Value("distance_from_init", t) <= radius)
            .Select(t => path.Value("pl_ratio", t) ?? double.PositiveInfinity);
        var ratios = points.Select(context.PlRatio);
        return Exact(ratios.Concat(along).Min(), $"smallest ||grad Lhat||^2 / Lhat at theta_0, {BallSamples} random points of B(theta_0, {radius:G4}) "
            + $"and the GD iterates inside it (eta = {path.Eta:G4}, {path.Steps} steps): an upper estimate of the infimum") with { UsesPath = new PathKey(path.Eta, path.Steps) };
    }
}

/// <summary>The largest loss-Hessian norm found over the ball (a lower estimate of the supremum).</summary>
internal sealed class SmoothnessEstimate : BallEstimate
{
    public override string Name => "smoothness_estimate";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var radius = Radius(context);
        var norms = Points(context, radius).Select(context.LossHessianNorm).ToList();
        var top = norms.MaxBy(n => n.Value)!;
        return top with { Method = $"largest ||grad^2 Lhat|| at theta_0 and {BallSamples} random points of B(theta_0, {radius:G4}) (a lower estimate of the supremum)", Products = norms.Sum(n => n.Products) };
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
            hits += context.InitSpectralMax(draw).Value <= sigma1 ? 1 : 0;
        }
        var ci = Proportion.ClopperPearson(hits, EventSeeds);
        return new Measurement(ci.Rate, 0, $"E0 held on {hits} of {EventSeeds} seeds; Clopper-Pearson 95% interval", 0, MeasurementExit.Exact, 0,
            Low: ci.Low, High: ci.High, Trials: EventSeeds);
    }
}
