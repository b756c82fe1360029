using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>Which way an estimate of a constant errs.</summary>
public enum EstimateError
{
    /// <summary>An infimum estimated from the points looked at: the true infimum can only be lower.</summary>
    OverEstimate,
    /// <summary>A supremum estimated from the points looked at: the true supremum can only be higher.</summary>
    UnderEstimate,
}

/// <summary>A measured quantity that stands for a constant of a theorem (a PL modulus, a smoothness).</summary>
/// <param name="Of">The constant it estimates, in words.</param>
public sealed record EstimateOf(string Of, EstimateError Error)
{
    /// <summary>"an over-estimate of the infimum of ... (the true value can only be lower)".</summary>
    public string Text => Error == EstimateError.OverEstimate
        ? $"an estimate of {Of} from the points searched: an over-estimate (the true infimum can only be lower)"
        : $"an estimate of {Of} from the points searched: an under-estimate (the true supremum can only be higher)";
}

/// <summary>What a claim on a quantity whose holding ratio can only be 1 reports instead: a margin against a threshold.</summary>
/// <param name="Quantity">The margin (e.g. sigma_min / sigma_max of the feature matrix).</param>
/// <param name="Threshold">What it is compared with (e.g. the rank tolerance relative to sigma_max).</param>
public sealed record MarginOf(string Quantity, string Threshold);

/// <summary>What is known about a vocabulary quantity before it is measured.</summary>
/// <param name="Range">Its natural range: where a bound on it is trivially true.</param>
/// <param name="AtInit">Its value at theta_0 by construction (loss = loss0, distances = 0), when it has one.</param>
public sealed record QuantityFacts(NaturalRange Range, Expr? AtInit = null, MarginOf? Margin = null, EstimateOf? Estimate = null);

/// <summary>The facts of every vocabulary quantity (a test checks that every quantity has them).</summary>
public static partial class Vocabulary
{
    private static readonly NaturalRange NonNegative = NaturalRange.NonNegative;
    private static readonly NaturalRange Unit = NaturalRange.UnitInterval;
    private static readonly QuantityFacts AtZero = new(NonNegative, new Num(0));

    private static readonly Dictionary<string, QuantityFacts> FactsByName = new(StringComparer.Ordinal)
    {
        ["hessian_norm_predictor"] = new(NonNegative),
        ["hessian_norm_loss"] = new(NonNegative),
        ["grad_norm_predictor"] = new(NonNegative),
        ["loss"] = new(NonNegative, new Sym("loss0")),
        ["loss0"] = new(NonNegative),
        ["grad_norm_loss"] = new(NonNegative),
        ["avg_grad_norm_sq"] = new(NonNegative),
        ["step_cosine"] = new(Unit),
        ["rsc_modulus"] = new(NaturalRange.Real with
        {
            LowerFloor = 0,
            LowerFloorWhy = "restricted strong convexity needs a positive modulus, so a lower bound <= 0 on alphahat_t is not RSC and says nothing about it",
        }),
        ["contraction_ratio"] = new(NonNegative),
        ["pl_ratio"] = new(NonNegative),
        ["ntk_lambda_min"] = new(NonNegative),
        ["distance_from_init"] = AtZero,
        ["layer_distance_max"] = AtZero,
        ["output_distance"] = AtZero,
        ["init_spectral_max"] = new(NonNegative),
        ["input_gram_lambda_min"] = new(NonNegative),
        ["input_norm_max"] = new(NonNegative),
        ["input_norm_min"] = new(NonNegative),
        ["input_min_pair_distance"] = new(NonNegative),
        ["label_mean_square"] = new(NonNegative),
        ["output_norm_init"] = new(NonNegative),
        ["feature_rank"] = new(NaturalRange.Count("data.n", "a rank of an n-row matrix, in 0..n"),
            Margin: new MarginOf("feature_sigma_ratio", "feature_rank_tolerance")),
        ["feature_sigma_min"] = new(NonNegative),
        ["feature_sigma_ratio"] = new(Unit),
        ["feature_rank_tolerance"] = new(NonNegative),
        ["step"] = AtZero,
        ["pl_alpha_estimate"] = new(NonNegative, Estimate: new EstimateOf("alpha, the infimum of the PL ratio ||grad Lhat||^2 / Lhat over the ball", EstimateError.OverEstimate)),
        ["smoothness_estimate"] = new(NonNegative, Estimate: new EstimateOf("beta, the supremum of ||grad^2 Lhat|| over the ball", EstimateError.UnderEstimate)),
        ["init_event_rate"] = new(Unit),
        ["init_first_layer_norm"] = new(NonNegative),
        ["init_weight_min"] = new(NaturalRange.Real),
        ["activation.lipschitz"] = new(NonNegative),
        ["activation.smoothness"] = new(NonNegative),
        ["activation.phi0"] = new(NaturalRange.Real),
        ["activation.increasing"] = new(Unit),
        ["activation.min_derivative"] = new(NaturalRange.Real),
        ["activation.analytic"] = new(Unit),
        ["init.variance"] = new(NonNegative),
        ["data.n"] = new(NonNegative),
        ["data.d"] = new(NonNegative),
    };

    /// <summary>The facts of <paramref name="name"/>, or null for a name outside the vocabulary.</summary>
    public static QuantityFacts? Facts(string name) => FactsByName.GetValueOrDefault(name);

    /// <summary>Names with facts (for the one-to-one test against <see cref="All"/>).</summary>
    public static IReadOnlyCollection<string> NamesWithFacts => FactsByName.Keys;
}
