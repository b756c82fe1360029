using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>The words the report uses for verdicts and provenance tags (DESIGN.md, "Verdicts").</summary>
public static class Legend
{
    /// <summary>Every verdict, in the order the report lists them.</summary>
    public static readonly IReadOnlyList<Verdict> Verdicts =
    [
        Verdict.Holds, Verdict.Violated, Verdict.NotApplicable, Verdict.Vacuous, Verdict.Inconclusive, Verdict.ConsistentByConstruction,
        Verdict.NeedsSweep, Verdict.Consistent, Verdict.Inconsistent, Verdict.BoundNotTight,
    ];

    /// <summary>The name a verdict has in results.json and in the report ("not-applicable").</summary>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Holds => "holds",
        Verdict.Violated => "violated",
        Verdict.NotApplicable => "not-applicable",
        Verdict.Vacuous => "vacuous",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NeedsSweep => "needs-sweep",
        Verdict.ConsistentByConstruction => "consistent-by-construction",
        Verdict.Consistent => "consistent",
        Verdict.Inconsistent => "inconsistent",
        Verdict.BoundNotTight => "bound-not-tight",
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

    /// <summary>One sentence per verdict: what it guarantees, and what it does not.</summary>
    public static string Meaning(Verdict verdict) => verdict switch
    {
        Verdict.Holds => "every hypothesis was decided and held (none on a non-finite value, measured ones with their error bars against them), "
            + "and at every informative point the measured value is on the right side of a non-trivial bound even at the far end of its error bar "
            + "(strictly for < and >); it says nothing about points that were not probed",
        Verdict.Violated => "the hypotheses held and the measured value is on the wrong side of the bound beyond its error bar; the witness (setting, point, input) is shown",
        Verdict.NotApplicable => "a hypothesis is false at every probed point, so the theorem says nothing here; the hypotheses table says which",
        Verdict.Vacuous => "the bound is on the trivial side of the quantity's natural range (a lower bound <= 0 on a non-negative quantity, an upper bound "
            + "at or above an a-priori bound, a probability floor <= 0), or the claim is an identity at every point: true, and uninformative",
        Verdict.Inconclusive => "no decision: a measurement did not converge or gave NaN or Infinity, a hypothesis could not be decided, an error bar straddles "
            + "the bound, or too few seeds decide a probability floor (the reason says how many would); never counted as holds",
        Verdict.ConsistentByConstruction => "held, but a constant of the bound was estimated over the same points the claim is judged on, so the holding "
            + "follows from how the constant was chosen; not counted as evidence",
        Verdict.NeedsSweep => "only an O-form is stated (its constant is unknown): one setting gives an implied constant, and only a sweep over m can judge it",
        Verdict.Consistent => "O-form claim over a sweep: the implied constant does not grow with m (upper end of its slope interval at most the tolerance) at every fixed depth",
        Verdict.Inconsistent => "O-form claim over a sweep: the implied constant grows with m at some depth (the whole slope interval above the tolerance)",
        Verdict.BoundNotTight => "O-form claim over a sweep: the implied constant decays with m at every depth: the quantity falls faster than the stated form",
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
