using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>The words the report uses for verdicts and provenance tags (DESIGN.md, "Verdicts").</summary>
public static class Legend
{
    /// <summary>Every verdict, in the order the report lists them.</summary>
    public static readonly IReadOnlyList<Verdict> Verdicts =
        [Verdict.Holds, Verdict.Violated, Verdict.NotApplicable, Verdict.Vacuous, Verdict.Inconclusive, Verdict.NeedsSweep];

    /// <summary>The name a verdict has in results.json and in the report ("not-applicable").</summary>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Holds => "holds",
        Verdict.Violated => "violated",
        Verdict.NotApplicable => "not-applicable",
        Verdict.Vacuous => "vacuous",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NeedsSweep => "needs-sweep",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown verdict"),
    };

    /// <summary>The name of a scaling verdict ("bound-not-tight").</summary>
    public static string Name(ScalingVerdict verdict) => verdict switch
    {
        ScalingVerdict.Consistent => "consistent",
        ScalingVerdict.Inconsistent => "inconsistent",
        ScalingVerdict.BoundNotTight => "bound-not-tight",
        ScalingVerdict.Inconclusive => "inconclusive",
        ScalingVerdict.FitOnly => "fit-only",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown scaling verdict"),
    };

    /// <summary>The name of a hypothesis kind ("measured").</summary>
    public static string Name(HypothesisKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One sentence per verdict.</summary>
    public static string Meaning(Verdict verdict) => verdict switch
    {
        Verdict.Holds => "hypotheses satisfied and the measured value is on the right side of the bound, numerical error bar included",
        Verdict.Violated => "hypotheses satisfied and the measured value is on the wrong side beyond the error bar; the witness (setting, point, input) is shown",
        Verdict.NotApplicable => "a hypothesis fails at this setting, so the bound says nothing here; the hypotheses table says which",
        Verdict.Vacuous => "the bound holds but trivially (e.g. a probability bound <= 0, or a bound above an a-priori bound)",
        Verdict.Inconclusive => "the measurement did not converge, produced NaN, or its error bar straddles the bound; never counted as holds",
        Verdict.NeedsSweep => "only an O-form is stated; one setting gives an implied constant, the verdict comes from a sweep over m",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown verdict"),
    };

    /// <summary>One sentence per scaling verdict (ScalingJudge's rule, with the exponent tolerance of the fit).</summary>
    public static string Meaning(ScalingVerdict verdict) => verdict switch
    {
        ScalingVerdict.Consistent => "the upper end of the slope's 95% interval is at most the claimed exponent plus the tolerance",
        ScalingVerdict.Inconsistent => "the whole interval lies above the claimed exponent plus the tolerance: the quantity grows faster than claimed",
        ScalingVerdict.BoundNotTight => "the whole interval lies below the smaller of the claimed and the bound's own exponent, minus the tolerance: the measured decay is faster",
        ScalingVerdict.Inconclusive => "the interval straddles the claimed exponent plus the tolerance, or there were too few distinct values to fit",
        ScalingVerdict.FitOnly => "no exponent is claimed for this model: the fit describes the data and tests nothing",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown scaling verdict"),
    };

    /// <summary>What a provenance tag means; unknown tags are returned as they are.</summary>
    public static string TagMeaning(string tag) => tag.Trim().ToLowerInvariant() switch
    {
        "verbatim" => "copied from the paper",
        "reconstructed" => "structure from the paper, constants unchecked",
        "derived" => "BoundCheck's own explicit instance",
        _ => "unrecognised tag",
    };
}
