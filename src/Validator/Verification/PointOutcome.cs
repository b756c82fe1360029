using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>A claim at one probed point: whether it applied, the measurement, the bound and the verdict there.</summary>
/// <param name="FailedHypotheses">Hypotheses that are false here (the claim does not apply).</param>
/// <param name="UndecidedHypotheses">Hypotheses that could not be decided here, each with its reason (the point is inconclusive).</param>
/// <param name="Identity">The claim holds with equality here by construction (step 0 of loss &lt;= c^t loss0).</param>
internal sealed record PointOutcome(
    ProbePoint Point,
    IReadOnlyList<string> FailedHypotheses,
    Measurement? Measured,
    double Bound,
    Verdict Verdict,
    string? Reason,
    IReadOnlyList<string>? UndecidedHypotheses = null,
    bool Identity = false)
{
    public bool Applicable => FailedHypotheses.Count == 0;

    /// <summary>Applicable, not an identity and not vacuous: the points tightness and witness are taken over.</summary>
    public bool Informative => Applicable && !Identity && Verdict != Verdict.Vacuous;

    /// <summary>measured / bound at this point (how close the point comes to the bound).</summary>
    public double Ratio => Measured is { } m && Bound != 0 ? m.Value / Bound : double.NaN;

    /// <summary>How far the point is on the wrong side of the bound, relative to |bound| (larger = closer to failing).</summary>
    public double Severity(bool upper) => Measured is { } m && double.IsFinite(m.Value) && double.IsFinite(Bound)
        ? (upper ? m.Value - Bound : Bound - m.Value) / Math.Max(Math.Abs(Bound), double.Epsilon)
        : double.NegativeInfinity;
}
