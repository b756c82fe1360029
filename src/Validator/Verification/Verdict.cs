using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Verification;

/// <summary>The judgement of one claim at one setting (DESIGN.md, "Verdicts").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>Hypotheses satisfied; measured value on the right side of the bound, error bar included.</summary>
    [JsonStringEnumMemberName("holds")] Holds,
    /// <summary>Hypotheses satisfied; measured value on the wrong side beyond the error bar.</summary>
    [JsonStringEnumMemberName("violated")] Violated,
    /// <summary>A hypothesis fails at this setting: the bound says nothing here.</summary>
    [JsonStringEnumMemberName("not-applicable")] NotApplicable,
    /// <summary>The bound holds but is trivially true here (probability &lt;= 0, bound above an a-priori bound).</summary>
    [JsonStringEnumMemberName("vacuous")] Vacuous,
    /// <summary>Non-convergence, NaN, or an error bar that straddles the bound: never counted as holds.</summary>
    [JsonStringEnumMemberName("inconclusive")] Inconclusive,
    /// <summary>Only an O-form is stated: one setting gives an implied constant; the verdict comes from a sweep.</summary>
    [JsonStringEnumMemberName("needs-sweep")] NeedsSweep,
    /// <summary>
    /// Held, but only because of how a constant in the bound was estimated (from the very points the claim is judged
    /// on): not counted as evidence.
    /// </summary>
    [JsonStringEnumMemberName("consistent-by-construction")] ConsistentByConstruction,
    /// <summary>O-form claim over a sweep: the implied constant does not grow with m (the scaling verdict).</summary>
    [JsonStringEnumMemberName("consistent")] Consistent,
    /// <summary>O-form claim over a sweep: the implied constant grows with m beyond the tolerance.</summary>
    [JsonStringEnumMemberName("inconsistent")] Inconsistent,
    /// <summary>O-form claim over a sweep: the implied constant decays, the measured quantity falls faster than the form.</summary>
    [JsonStringEnumMemberName("bound-not-tight")] BoundNotTight,
}

/// <summary>What each verdict counts as (exit codes, summaries).</summary>
public static class VerdictClass
{
    /// <summary>Evidence against the claim: violated, or an O-form inconsistent with the measured scaling.</summary>
    public static bool Fails(Verdict verdict) => verdict is Verdict.Violated or Verdict.Inconsistent;

    /// <summary>No decision was reached (a numerical failure, an error bar straddling the bound, too few seeds).</summary>
    public static bool Undecided(Verdict verdict) => verdict == Verdict.Inconclusive;
}

/// <summary>How a hypothesis was decided.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HypothesisKind>))]
public enum HypothesisKind
{
    /// <summary>True or false after substituting the setting's bindings.</summary>
    [JsonStringEnumMemberName("symbolic")] Symbolic,
    /// <summary>Decided by a measurement on the network or the data.</summary>
    [JsonStringEnumMemberName("measured")] Measured,
    /// <summary>Taken from a declared table (e.g. activation constants).</summary>
    [JsonStringEnumMemberName("declared")] Declared,
}

/// <summary>Verdict of a scaling claim against a fitted exponent (DESIGN.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScalingVerdict>))]
public enum ScalingVerdict
{
    [JsonStringEnumMemberName("consistent")] Consistent,
    [JsonStringEnumMemberName("inconsistent")] Inconsistent,
    [JsonStringEnumMemberName("bound-not-tight")] BoundNotTight,
    [JsonStringEnumMemberName("inconclusive")] Inconclusive,
    /// <summary>No exponent is claimed for this model (e.g. the power law in L when the claim is exponential): a description, not a test.</summary>
    [JsonStringEnumMemberName("fit-only")] FitOnly,
}
