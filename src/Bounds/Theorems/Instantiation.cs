using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>
/// A theorem at a setting: an evaluation environment holding the bindings (parameters, declared and measured
/// quantities) and the theorem's definitions, plus what is wrong with the bindings (missing, outside the domain).
/// </summary>
public sealed record Instantiation(Theorem Theorem, EvalEnvironment Environment, IReadOnlyList<string> Problems)
{
    /// <summary>True when every parameter is bound inside its domain.</summary>
    public bool Complete => Problems.Count == 0;

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

/// <summary>Builds <see cref="Instantiation"/>s.</summary>
public static class TheoremEnvironment
{
    /// <summary>
    /// Binds the theorem at a setting. <paramref name="bindings"/> gives parameters and any vocabulary quantities
    /// known so far; an unbound parameter with a default (e.g. beta_phi from activation.smoothness) takes it.
    /// </summary>
    public static Instantiation Environment(this Theorem theorem, IReadOnlyDictionary<string, double> bindings)
    {
        var values = new Dictionary<string, double>(bindings);
        var problems = new List<string>();
        foreach (var parameter in theorem.Parameters)
        {
            if (!values.ContainsKey(parameter.Name) && parameter.Default is { } fallback)
            {
                var outcome = Evaluator.Evaluate(fallback, values);
                if (outcome.Succeeded)
                {
                    values[parameter.Name] = outcome.Value;
                }
            }
            if (!values.TryGetValue(parameter.Name, out var value))
            {
                problems.Add($"parameter '{parameter.Name}' is not bound" +
                    (parameter.Default is null ? "" : $" (its default {parameter.Default} needs the declared quantities it uses)"));
            }
            else if (!parameter.Domain.Contains(value))
            {
                problems.Add($"parameter '{parameter.Name}' = {value} is outside its domain {parameter.Domain}");
            }
        }
        var definitions = Definitions.Of(theorem.Definitions.Select(d => d.ToExpr()));
        return new Instantiation(theorem, new EvalEnvironment(values, definitions), problems);
    }
}
