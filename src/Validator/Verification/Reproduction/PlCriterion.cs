using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// The inputs of Chatterjee's local PL criterion 4 F(w0) &lt; r^2 alpha(w0, r) at one start (arXiv:2203.16462v5, the
/// criterion for gradient flow), as the checker measures them for chatterjee2022.flow.
/// </summary>
/// <param name="Alpha">The smallest PL ratio ||grad F||^2 / F found at w0, random points of B(w0, r) and the GD iterates
/// inside it (an upper estimate of the infimum alpha(w0, r)).</param>
/// <param name="Loss0">F(w0).</param>
/// <param name="FlowRadius">2 sqrt(F(w0) / alpha): the radius the criterion needs (it holds exactly when r exceeds it).</param>
/// <param name="Travelled">max_t ||w_t - w_0|| along the estimate's GD path (eta = 0.1/||grad^2 F(w0)||).</param>
public sealed record PlInputs(int Seed, double Alpha, double Loss0, double Radius, double FlowRadius, double Travelled)
{
    public bool Holds => 4 * Loss0 < Radius * Radius * Alpha;
}

internal static class PlCriterion
{
    /// <summary>The step of the path the alpha estimate includes, in units of 1/||grad^2 F(w0)||: chatterjee2022.flow's (gradient flow).</summary>
    public const double FlowStep = 0.1;

    /// <summary>
    /// Measures the criterion at theta_0 of <paramref name="seed"/> with the network probe's own estimator, exactly as a
    /// check of chatterjee2022.flow does: the GD path it includes runs with eta = 0.1/||grad^2 F(w0)|| for
    /// <paramref name="steps"/> steps, whatever step the comparison chose, so every start is estimated by one rule.
    /// </summary>
    public static PlInputs At(ComparisonArm arm, Network network, Dataset data, int seed, double radius, int steps, double tolerance)
    {
        var bindings = new Dictionary<string, double> { ["r"] = radius };
        var probe = new NetworkProbe(network, arm.Theta(network, seed), data, bindings, new Initialisation.Gaussian(1.0, OutputInit.Gaussian), seed,
            $"{network.Architecture.Describe()}, init {arm.Key}, data {data.Name}", tolerance, steps);
        var init = new ProbePoint(0, "init", 0);
        // The probe reads its step from these bindings, as a checked theorem's probe does.
        bindings[SettingBindings.StepSizeParameter] = FlowStep / probe.Measure(init, "hessian_norm_loss").Value;
        var alpha = probe.Measure(init, "pl_alpha_estimate").Value;
        var loss0 = probe.Measure(init, "loss0").Value;
        var path = probe.SettingPath();
        var travelled = Enumerable.Range(0, path.Steps + 1).Max(t => path.Value("distance_from_init", t) ?? 0);
        return new PlInputs(seed, alpha, loss0, radius, 2 * Math.Sqrt(loss0 / alpha), travelled);
    }
}
