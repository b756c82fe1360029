using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>A claim at one probed point: whether it applied, the measurement, the bound and the verdict there.</summary>
internal sealed record PointOutcome(
    ProbePoint Point,
    IReadOnlyList<string> FailedHypotheses,
    Measurement? Measured,
    double Bound,
    Verdict Verdict,
    string? Reason)
{
    public bool Applicable => FailedHypotheses.Count == 0;

    /// <summary>measured / bound at this point (how close the point comes to the bound).</summary>
    public double Ratio => Measured is { } m && Bound != 0 ? m.Value / Bound : double.NaN;
}
