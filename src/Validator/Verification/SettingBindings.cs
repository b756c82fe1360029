using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>Resolves a theorem's parameters at a setting: given values, the file's defaults, the data, then common defaults.</summary>
public static class SettingBindings
{
    /// <summary>Values used for parameters nobody set (a laptop-scale setting; stated in every report).</summary>
    public static IReadOnlyDictionary<string, double> CommonDefaults { get; } = new Dictionary<string, double>
    {
        ["L"] = 3,
        ["m"] = 256,
        ["sigma1"] = 1,
        ["rho"] = 1,
        ["rho1"] = 1,
        ["rho2"] = 1,
        ["kappa"] = 0.01,
        ["R"] = 1,
        ["r"] = 1,
        ["lambda"] = 4,
    };

    /// <summary>
    /// Names the network probe reads even when a theorem does not declare them: depth L, width m, the wide layer's
    /// width m_wide, and the output scale lambda of the positive initialisation.
    /// </summary>
    public static IReadOnlyList<string> ArchitectureBindings { get; } = ["L", "m", "m_wide", "lambda"];

    /// <summary>The GD step size; when unset it is chosen from the measured curvature at theta_0.</summary>
    public const string StepSizeParameter = "eta";

    /// <summary>Parameters the data determines when they are not given.</summary>
    private static readonly Dictionary<string, string> FromData = new() { ["d"] = "data.d", ["n"] = "data.n" };

    /// <summary>
    /// Every parameter of <paramref name="theorem"/> with a value, plus the declared values; errors name the
    /// parameter and what is wrong (unknown name, value outside its domain, no value).
    /// </summary>
    public static (Dictionary<string, double> Values, List<string> Errors) Resolve(
        Theorem theorem, IReadOnlyDictionary<string, double> given, IReadOnlyDictionary<string, double> declared, bool strict)
    {
        var (instantiation, errors) = Instantiate(theorem, given, declared, strict);
        return (new Dictionary<string, double>(instantiation.Environment.Values, StringComparer.Ordinal), errors);
    }

    /// <summary>
    /// The theorem instantiated at a setting (<see cref="TheoremEnvironment.Environment"/>): given values, the file's
    /// defaults, the data, then <see cref="CommonDefaults"/>; the errors say, for the command line, what to fix.
    /// </summary>
    public static (Instantiation Instantiation, List<string> Errors) Instantiate(
        Theorem theorem, IReadOnlyDictionary<string, double> given, IReadOnlyDictionary<string, double> declared, bool strict)
    {
        var values = new Dictionary<string, double>(declared, StringComparer.Ordinal);
        var errors = new List<string>();
        var names = theorem.Parameters.Select(p => p.Name).Concat(ArchitectureBindings).ToHashSet(StringComparer.Ordinal);
        if (strict)
        {
            errors.AddRange(given.Keys.Where(k => !names.Contains(k)).Select(k =>
                $"--set {k}: '{k}' is not a parameter of {theorem.Id} (its parameters: {string.Join(", ", names.Order(StringComparer.Ordinal))})"));
        }
        foreach (var name in ArchitectureBindings.Where(given.ContainsKey))
        {
            values[name] = given[name];
        }
        // eta is chosen from the network once it exists: see TheoremChecker.DefaultStepSize
        var sources = new BindingSources(given, Fallback, p => p.Name == StepSizeParameter);
        var instantiation = theorem.Environment(values, sources);
        errors.AddRange(instantiation.Issues.Select(issue => issue.Value is { } value
            ? $"parameter {issue.Parameter.Name} = {value:G6} is outside its domain {issue.Parameter.Name} {issue.Parameter.Domain}"
            : $"parameter {issue.Parameter.Name} of {theorem.Id} has no value: pass --set {issue.Parameter.Name}=VALUE"));
        return (instantiation, errors);
    }

    // A parameter the setting does not give and the file has no default for: from the data, else a common default.
    private static double? Fallback(Parameter parameter, IReadOnlyDictionary<string, double> known)
    {
        if (FromData.TryGetValue(parameter.Name, out var declaredName) && known.TryGetValue(declaredName, out var fromData))
        {
            return fromData;
        }
        return CommonDefaults.TryGetValue(parameter.Name, out var common) ? common : null;
    }

    /// <summary>sigma0^2 from <c>assume init.variance = EXPR</c>, evaluated at the setting; null when the theorem has none.</summary>
    public static double? InitVariance(Theorem theorem, EvalEnvironment environment)
    {
        var hypothesis = theorem.Hypotheses.FirstOrDefault(h =>
            h.Relation == Relation.Equal && h.Left is Sym { Name: "init.variance" });
        if (hypothesis is null)
        {
            return null;
        }
        var outcome = Evaluator.Evaluate(hypothesis.Right, environment);
        return outcome.Succeeded ? outcome.Value : null;
    }
}
