using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>The result of checking one theorem at one setting.</summary>
/// <param name="Setting">Readable setting name, e.g. "banerjee2023.hessian/L3-m512-tanh-seed1".</param>
/// <param name="Errors">Bad input (unknown or out-of-domain parameters); no claim was checked when non-empty.</param>
public sealed record TheoremCheck(
    string Setting,
    IReadOnlyDictionary<string, double> Bindings,
    IReadOnlyList<ClaimResult> Claims,
    IReadOnlyList<Plot> Plots,
    IReadOnlyList<string> Errors);

/// <summary>Checks a theorem at a setting: resolve bindings, build the probe, check hypotheses, judge each claim.</summary>
public static class TheoremChecker
{
    /// <param name="strict">Reject --set names that are not parameters of the theorem (true for `check`).</param>
    public static TheoremCheck Check(
        Theorem theorem, SettingSpec spec, IProbeFactory factory, bool strict = true,
        IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        var declared = factory.Declared(spec);
        var (instantiation, errors) = SettingBindings.Instantiate(theorem, spec.Bindings, declared, strict);
        var bindings = new Dictionary<string, double>(instantiation.Environment.Values, StringComparer.Ordinal);
        var setting = $"{theorem.Id}/{SettingNames.Of(spec, bindings)}";
        if (errors.Count > 0)
        {
            return new TheoremCheck(setting, bindings, [], [], errors);
        }
        var initVariance = SettingBindings.InitVariance(theorem, instantiation.Environment);
        if (initVariance is { } variance)
        {
            bindings["init.variance"] = variance;
        }
        var probe = factory.Create(new ProbeRequest(theorem.Model, spec.Init ?? theorem.Init, spec, bindings, initVariance));
        foreach (var (name, value) in probe.Declared)
        {
            bindings.TryAdd(name, value);
        }
        // Every trajectory of a theorem uses one step size: the setting's, else the default rule (also for theorems
        // without an eta parameter, whose GD path is then the one their sibling theorems run).
        var needsPath = theorem.Claims.Any(c => c.Scope.Kind is not ScopeKind.AtInit);
        if (!bindings.TryGetValue(SettingBindings.StepSizeParameter, out var eta) && needsPath)
        {
            eta = DefaultStepSize(theorem, probe, instantiation.With(bindings));
            if (theorem.Parameters.Any(p => p.Name == SettingBindings.StepSizeParameter))
            {
                bindings[SettingBindings.StepSizeParameter] = eta;
            }
        }
        var context = new CheckContext(spec, probe, instantiation.With(bindings), needsPath ? eta : null);
        var claims = new List<ClaimResult>();
        var plots = new List<Plot>();
        foreach (var claim in theorem.Claims)
        {
            var (result, plot) = ClaimCheck.Run(theorem, claim, setting, context, progress, cancellation);
            plot = plot is null ? null : plot with { Id = $"{plot.Id}.{PlotSuffix(setting)}" };
            claims.Add(result);
            if (plot is not null)
            {
                plots.Add(plot);
            }
        }
        return new TheoremCheck(setting, bindings, claims, plots, []);
    }

    /// <summary>
    /// The step size when the setting gives none: eta = 1/beta with the theorem's own beta when it defines one (omega =
    /// eta beta = 1, the middle of the admissible (0, 2) of banerjee2023.gd; also the eta &lt;= 1/beta of chatterjee2022.gd
    /// and the eta beta = 1 of liu2022.plstar), a tenth of 1/||grad^2 Lhat(theta_0)|| for gradient-flow claims, else
    /// 1/||grad^2 Lhat(theta_0)||.
    /// </summary>
    public static double DefaultStepSize(Theorem theorem, ISettingProbe probe, Instantiation instantiation)
    {
        var init = new ProbePoint(0, "init", 0);
        if (instantiation.Environment.Definitions.TryGet("beta", out _))
        {
            var beta = Evaluator.Evaluate(new Sym("beta"), new PointValues(probe, instantiation).At(init, init, [new Sym("beta")]));
            if (beta.Succeeded && beta.Value > 0)
            {
                return 1 / beta.Value;
            }
        }
        var flow = theorem.Claims.Any(c => c.Scope.Kind == ScopeKind.AlongGradientFlow) ? 0.1 : 1.0;
        return flow / probe.Measure(init, "hessian_norm_loss").Value;
    }

    // A file-name-safe digest of the setting name, so the plots of several settings of one claim do not collide.
    private static string PlotSuffix(string setting)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(setting));
        return Convert.ToHexStringLower(hash)[..8];
    }
}
