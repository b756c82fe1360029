using BoundCheck.Validator.Models;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>
/// The measurement of one measured vocabulary quantity (Bounds' Vocabulary): one class per quantity, listed in
/// <see cref="Measurers"/>, which both <c>check</c> (through the probe) and <c>measure</c> use.
/// </summary>
public abstract class Measurer
{
    /// <summary>The vocabulary name, e.g. "hessian_norm_predictor".</summary>
    public abstract string Name { get; }

    /// <summary>The name <c>measure</c> also accepts (e.g. "hessian-predictor"), or null.</summary>
    public virtual string? Alias => null;

    /// <summary>The model capabilities the measurement needs; a model without them makes the claims using it not-applicable.</summary>
    public virtual ModelCapability Needs => ModelCapability.None;

    /// <summary>Whether GD records the quantity at every step (at trajectory points the recorded value is used).</summary>
    public virtual bool RecordedAlongGd => false;

    /// <summary>Whether it can be measured at a single parameter vector, with no trajectory and no theorem parameter.</summary>
    public virtual bool AtOnePoint => true;

    /// <summary>The value at <paramref name="theta"/> (the probed <paramref name="point"/>) of the context's setting.</summary>
    public abstract Measurement Measure(MeasureContext context, double[] theta, ProbePoint point);

    /// <summary>The measurement of a value recorded along GD (quantities whose recorded value is one end of an interval say so here).</summary>
    public virtual Measurement FromRecord(Measurement recorded) => recorded;

    /// <summary>A value exact to rounding.</summary>
    protected static Measurement Exact(double value, string method, int? input = null) =>
        new(value, 0, method, 0, MeasurementExit.Exact, 0, input);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
