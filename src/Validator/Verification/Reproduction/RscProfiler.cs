using System.Diagnostics;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>One width of the RSC regime: its profile, and the checks and contraction brackets judged there (none unless asked).</summary>
public sealed record RscWidthResult(RscProfile Profile, IReadOnlyList<TheoremCheck> Checks, IReadOnlyList<ContractionStep> Contraction);

/// <summary>
/// Measures one width: checks the profile theorem (whose definitions give c2 and beta, and whose default step is
/// eta = 1/beta from its own formula, so no curvature of the p-sized network is measured), reads the whole GD path
/// and ball membership from its probe, then judges the asked theorems on the same probe and path at the kappas of
/// <see cref="JudgedKappas"/>.
/// </summary>
internal static class RscProfiler
{
    public static RscWidthResult Measure(Theorem profiled, IReadOnlyList<Theorem> judged, SettingSpec spec, IReadOnlyList<double> kappas,
        double tolerance, IProgress<string>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var factory = new SharedProbeFactory(tolerance, ["kappa"]);
        var check = Check(profiled, At(spec, kappas[0]), factory, cancellation);
        var probe = factory.Probe!;
        var path = probe.SettingPath();
        var bindings = check.Bindings;
        var init = new ProbePoint(0, "init", 0);
        var env = new PointValues(probe, profiled.Environment(bindings)).At(init, init, [new Sym("c2"), new Sym("beta")]);
        var grid = Enumerable.Range(RscProfile.GridFirstExponent, RscProfile.GridLastExponent - RscProfile.GridFirstExponent + 1)
            .Select(k => Value(env with { Values = new Dictionary<string, double>(env.Values) { ["m"] = Math.Pow(2, k) } }, "c2")).ToArray();
        double[] Series(string quantity, int count) => [.. Enumerable.Range(0, count).Select(t => path.Value(quantity, t) ?? double.NaN)];
        var scope = new ProbeScope(ScopeKind.AlongGd, [], spec.Steps, bindings[SettingBindings.StepSizeParameter]);
        var kept = probe.Points(scope, progress, cancellation);
        var inBall = kept.Select(point => probe.Measure(point, "layer_distance_max").Value <= bindings["rho"]
            && probe.Measure(point, "output_distance").Value <= bindings["rho1"]).ToArray();
        var seconds = clock.Elapsed.TotalSeconds;
        var profile = new RscProfile(
            (int)bindings["m"], spec.Seed, probe.Evaluator.Model.ParameterCount, path.Eta, Value(env, "beta"), Value(env, "c2"), grid,
            Series("avg_grad_norm_sq", path.Steps + 1), Series("step_cosine", path.Steps + 1), Series("contraction_ratio", path.Steps),
            Series("loss", path.Steps + 1), [.. kept.Select(p => p.Step!.Value)], inBall, path.Exit, seconds);
        if (judged.Count == 0)
        {
            return new RscWidthResult(profile, [], []);
        }
        var checks = JudgedKappas(profile, kappas).SelectMany(kappa => judged.Select(theorem => Check(theorem, At(spec, kappa), factory, cancellation))).ToList();
        var judging = clock.Elapsed.TotalSeconds;
        var bracket = ContractionBracket.At(probe, profile, kappas, bindings);
        progress?.Report($"m = {profile.Width}: profile {seconds:F1} s, {checks.Count} checks {judging - seconds:F1} s, contraction bracket {clock.Elapsed.TotalSeconds - judging:F1} s");
        return new RscWidthResult(profile, checks, bracket);
    }

    /// <summary>
    /// The kappas judged: those at which alpha_t &gt; 0 at some step the cone admits (elsewhere banerjee2023.gd is
    /// not-applicable by its own hypothesis, which the frontier table already shows), else the largest of the grid alone.
    /// </summary>
    public static IReadOnlyList<double> JudgedKappas(RscProfile profile, IReadOnlyList<double> kappas)
    {
        var biting = kappas.Where(k => profile.FirstPositive(k) is not null).ToList();
        return biting.Count > 0 ? biting : [kappas.Max()];
    }

    /// <summary>The setting with the cone parameter bound.</summary>
    public static SettingSpec At(SettingSpec spec, double kappa) =>
        spec with { Bindings = new Dictionary<string, double>(spec.Bindings) { ["kappa"] = kappa } };

    private static TheoremCheck Check(Theorem theorem, SettingSpec spec, IProbeFactory factory, CancellationToken cancellation)
    {
        var check = TheoremChecker.Check(theorem, spec, factory, strict: true, progress: null, cancellation);
        return check.Errors.Count == 0 ? check : throw new InvalidOperationException(string.Join("; ", check.Errors));
    }

    private static double Value(EvalEnvironment env, string name)
    {
        var outcome = Evaluator.Evaluate(new Sym(name), env);
        return outcome.Succeeded ? outcome.Value : throw new InvalidOperationException($"{name} does not evaluate: {outcome.Error!.Message}");
    }
}
