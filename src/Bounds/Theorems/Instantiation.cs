using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>
/// A theorem at a setting: an evaluation environment holding the bindings (parameters, declared and measured
/// quantities) and the theorem's definitions, plus what is wrong with the bindings (missing, outside the domain).
/// </summary>
public sealed record Instantiation(Theorem Theorem, EvalEnvironment Environment, IReadOnlyList<BindingIssue> Issues)
{
    /// <summary>What is wrong with the bindings, in words.</summary>
    public IReadOnlyList<string> Problems => [.. Issues.Select(i => i.Message)];

    /// <summary>True when every parameter is bound inside its domain.</summary>
    public bool Complete => Issues.Count == 0;

    /// <summary>Evaluates any expression of the theorem (a bound, a hypothesis side, a probability).</summary>
    public EvalOutcome Evaluate(Expr expr) => Evaluator.Evaluate(expr, Environment);

    /// <summary>The claim's bound at this setting (without its constant when the constant is unknown).</summary>
    public EvalOutcome Bound(Claim claim) => Evaluate(claim.Bound);

    /// <summary>Whether the hypothesis holds (relative tolerance for rounding); null when it cannot be evaluated yet or a side is not finite.</summary>
    public bool? Holds(Hypothesis hypothesis, double tolerance)
    {
        var left = Evaluate(hypothesis.Left);
        var right = Evaluate(hypothesis.Right);
        return left.Succeeded && right.Succeeded ? hypothesis.Relation.Decide(left.Value, right.Value, tolerance) : null;
    }

    /// <summary>The same instantiation with more values (e.g. measured quantities at a step).</summary>
    public Instantiation With(IReadOnlyDictionary<string, double> more)
    {
        var values = new Dictionary<string, double>(Environment.Values);
        foreach (var (name, value) in more)
        {
            values[name] = value;
        }
        return this with { Environment = Environment with { Values = values } };
    }
}

/// <summary>A parameter without a value (<see cref="Value"/> null) or with a value outside its domain.</summary>
public sealed record BindingIssue(Parameter Parameter, double? Value)
{
    /// <summary>True when the parameter has no value.</summary>
    public bool Unbound => Value is null;

    /// <summary>The issue in words.</summary>
    public string Message => Value is { } value
        ? $"parameter '{Parameter.Name}' = {value} is outside its domain {Parameter.Domain}"
        : $"parameter '{Parameter.Name}' is not bound" +
          (Parameter.Default is null ? "" : $" (its default {Parameter.Default} needs the declared quantities it uses)");
}

/// <summary>
/// Where parameter values come from besides the bindings: values given for the setting (first), and for a parameter
/// without a default in the theorem file, a fallback (e.g. the data's n and d, laptop-scale defaults).
/// </summary>
/// <param name="MayStayUnbound">Parameters chosen later, once the numerics exist (e.g. a GD step size): no issue when unbound.</param>
public sealed record BindingSources(
    IReadOnlyDictionary<string, double> Given,
    Func<Parameter, IReadOnlyDictionary<string, double>, double?>? Fallback = null,
    Func<Parameter, bool>? MayStayUnbound = null);

/// <summary>Builds <see cref="Instantiation"/>s.</summary>
public static class TheoremEnvironment
{
    /// <summary>
    /// Binds the theorem at a setting. <paramref name="bindings"/> gives parameters and any vocabulary quantities
    /// known so far; each parameter takes, in order, its given value, its binding, the theorem file's default
    /// (e.g. beta_phi from activation.smoothness, evaluated in the values bound so far) or, without a default, the
    /// fallback of <paramref name="sources"/>.
    /// </summary>
    public static Instantiation Environment(this Theorem theorem, IReadOnlyDictionary<string, double> bindings, BindingSources? sources = null)
    {
        var values = new Dictionary<string, double>(bindings);
        var issues = new List<BindingIssue>();
        foreach (var parameter in theorem.Parameters)
        {
            var value = Value(parameter, values, sources);
            if (value is null)
            {
                if (sources?.MayStayUnbound?.Invoke(parameter) != true)
                {
                    issues.Add(new BindingIssue(parameter, null));
                }
                continue;
            }
            if (!parameter.Domain.Contains(value.Value))
            {
                issues.Add(new BindingIssue(parameter, value));
            }
            values[parameter.Name] = value.Value;
        }
        var definitions = Definitions.Of(theorem.Definitions.Select(d => d.ToExpr()));
        return new Instantiation(theorem, new EvalEnvironment(values, definitions), issues);
    }

    private static double? Value(Parameter parameter, Dictionary<string, double> values, BindingSources? sources)
    {
        if (sources is not null && sources.Given.TryGetValue(parameter.Name, out var given))
        {
            return given;
        }
        if (values.TryGetValue(parameter.Name, out var bound))
        {
            return bound;
        }
        if (parameter.Default is { } fallback)
        {
            var outcome = Evaluator.Evaluate(fallback, values);
            return outcome.Succeeded ? outcome.Value : null;
        }
        return sources?.Fallback?.Invoke(parameter, values);
    }
}
