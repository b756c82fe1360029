namespace BoundCheck.Bounds.Theorems;

/// <summary>Whether the Validator measures a quantity on the network/data or reads it from a declared table.</summary>
public enum QuantityKind { Measured, Declared }

/// <summary>One name a theorem may use besides its own parameters and definitions.</summary>
/// <param name="Name">The name as written in theorem files.</param>
/// <param name="Description">What it is, in math.</param>
/// <param name="Aggregation">Where it takes its value: at each probed point, per step, per run, ..., over seeds.</param>
/// <param name="OverInputs">Whether it is the maximum over the training inputs of a per-input value.</param>
public sealed record Quantity(string Name, string Description, Aggregation Aggregation, QuantityKind Kind, bool OverInputs = false);

/// <summary>
/// The single list of quantities the Validator measures or declares. A theorem naming anything else that is not its
/// own parameter or definition fails to load. Each quantity's natural range and other facts are in QuantityFacts.cs.
/// </summary>
public static partial class Vocabulary
{
    /// <summary>Every known quantity, measured first.</summary>
    public static IReadOnlyList<Quantity> All { get; } =
    [
        M("hessian_norm_predictor", "||grad^2_theta f(theta; x_i)||_2", Aggregation.PerPoint, overInputs: true),
        M("hessian_norm_loss", "||grad^2 Lhat(theta)||_2", Aggregation.PerPoint),
        M("grad_norm_predictor", "||grad_theta f(theta; x_i)||_2", Aggregation.PerPoint, overInputs: true),
        M("loss", "Lhat(theta_t), averaged square loss", Aggregation.PerStep),
        M("loss0", "Lhat(theta_0), loss at initialisation", Aggregation.PerRun),
        M("grad_norm_loss", "||grad Lhat(theta_t)||_2", Aggregation.PerStep),
        M("avg_grad_norm_sq", "||gbar_t||_2^2, gbar_t = (1/n) sum_i grad_theta f(theta_t; x_i)", Aggregation.PerStep),
        M("step_cosine", "kappa_t = |cos(theta_{t+1} - theta_t, gbar_t)|", Aggregation.PerStep),
        M("rsc_modulus", "alphahat_t = 2 (Lhat(theta') - Lhat(theta_t) - <theta' - theta_t, grad Lhat(theta_t)>) / ||theta' - theta_t||^2", Aggregation.PerStep),
        M("contraction_ratio", "r_t = (Lhat(theta_{t+1}) - Lhat*) / (Lhat(theta_t) - Lhat*)", Aggregation.PerStep),
        M("pl_ratio", "||grad Lhat||^2 / Lhat", Aggregation.PerStep),
        M("ntk_lambda_min", "lambda_min(J J^T), empirical NTK Gram matrix", Aggregation.PerPoint),
        M("distance_from_init", "||theta_t - theta_0||_2", Aggregation.PerStep),
        M("layer_distance_max", "max_l ||W_t^(l) - W_0^(l)||_2", Aggregation.PerStep),
        M("output_distance", "||v_t - v_0||_2", Aggregation.PerStep),
        M("init_spectral_max", "max_l ||W_0^(l)||_2 / sqrt(m)", Aggregation.PerSeed),
        M("input_gram_lambda_min", "lambda_min(X X^T)", Aggregation.PerDataSet),
        M("input_norm_max", "max_i ||x_i||_2", Aggregation.PerDataSet),
        M("input_norm_min", "min_i ||x_i||_2", Aggregation.PerDataSet),
        M("input_min_pair_distance", "min_{i != j} ||x_i - x_j||_2 (distinct inputs when > 0)", Aggregation.PerDataSet),
        M("label_mean_square", "(1/n) sum_i y_i^2", Aggregation.PerDataSet),
        M("output_norm_init", "||v_0||_2", Aggregation.PerSeed),
        M("feature_rank", "numerical rank of the n x m_l feature matrix of the designated layer", Aggregation.PerPoint),
        M("feature_sigma_min", "smallest singular value of the n x m_l feature matrix", Aggregation.PerPoint),
        M("feature_sigma_ratio", "sigma_min / sigma_max of the n x m_l feature matrix (the margin of a full-rank claim)", Aggregation.PerPoint),
        M("feature_rank_tolerance", "the numerical rank's singular-value threshold relative to sigma_max, max(n, m_l) eps", Aggregation.PerPoint),
        M("step", "t, the GD step index", Aggregation.PerStep),
        M("pl_alpha_estimate", "smallest PL ratio ||grad Lhat||^2 / Lhat found over the ball (an upper bound on the inf)", Aggregation.PerRun),
        M("smoothness_estimate", "largest ||grad^2 Lhat|| found over the ball (a lower bound on the sup)", Aggregation.PerRun),
        M("init_first_layer_norm", "||W_0^(1)||_F, the first layer at initialisation (0 for Chatterjee's positive initialisation)", Aggregation.PerSeed),
        M("init_weight_min", "smallest entry of W_0^(2), ..., W_0^(L) and v_0 (> 0 for the positive initialisation)", Aggregation.PerSeed),
        M("init_event_rate", "fraction of seeds on which E0 holds (max_l ||W_0^(l)||_2 / sqrt(m) <= sigma1)", Aggregation.OverSeeds),
        D("activation.lipschitz", "sup_z |phi'(z)|"),
        D("activation.smoothness", "sup_z |phi''(z)|"),
        D("activation.phi0", "phi(0)"),
        D("activation.increasing", "1 if phi' > 0 everywhere, else 0"),
        D("activation.min_derivative", "inf_z phi'(z)"),
        D("activation.analytic", "1 if phi is real-analytic and not a polynomial, else 0"),
        D("init.variance", "sigma0^2, the variance used for the Gaussian weights"),
        D("data.n", "number of training points"),
        D("data.d", "input dimension"),
    ];

    private static readonly Dictionary<string, Quantity> ByName = All.ToDictionary(q => q.Name, StringComparer.Ordinal);

    /// <summary>The quantity called <paramref name="name"/>, or null.</summary>
    public static Quantity? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>True when <paramref name="name"/> is a measured quantity.</summary>
    public static bool IsMeasured(string name) => Find(name)?.Kind == QuantityKind.Measured;

    private static Quantity M(string name, string description, Aggregation aggregation, bool overInputs = false) =>
        new(name, description, aggregation, QuantityKind.Measured, overInputs);

    private static Quantity D(string name, string description) =>
        new(name, description, Aggregation.PerSetting, QuantityKind.Declared);
}
