using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>What a claim says about growth in one variable: a power exponent, a polynomial, or an exponential rate.</summary>
/// <param name="Exponent">Power-law exponent (log factors dropped), or null.</param>
/// <param name="Rate">Exponential rate ln(base) per unit of the variable (evaluated at a setting), or null.</param>
/// <param name="Polynomial">An unspecified polynomial (poly(L)): any finite degree, no exponential growth.</param>
/// <param name="Text">The growth as the analyzer describes it.</param>
public sealed record ClaimedGrowth(double? Exponent, double? Rate, bool Polynomial, string Text)
{
    /// <summary>Nothing derivable.</summary>
    public static ClaimedGrowth None(string text) => new(null, null, false, text);
}

/// <summary>
/// Exponents of a claim's stated O-form and of its explicit bound, derived symbolically with the theorem's
/// definitions (<see cref="GrowthAnalyzer"/>). For O-form claims the bound is the form without its constant.
/// </summary>
public static class ClaimExponents
{
    /// <summary>The growth the paper claims: the first stated form ("stated" before "abstract"); else the bound's.</summary>
    public static ClaimedGrowth Claimed(Theorem theorem, Claim claim, string variable, IReadOnlyDictionary<string, double> at)
    {
        var form = claim.Stated.OrderBy(s => s.Label == "stated" ? 0 : 1).FirstOrDefault();
        return form is null ? Bound(theorem, claim, variable, at) : Of(theorem, form.Body, variable, at);
    }

    /// <summary>The growth of the claim's explicit bound (or, for O-form claims, of the form without constant).</summary>
    public static ClaimedGrowth Bound(Theorem theorem, Claim claim, string variable, IReadOnlyDictionary<string, double> at) =>
        Of(theorem, claim.Bound, variable, at);

    /// <summary>
    /// Growth of <paramref name="expr"/> in <paramref name="variable"/>. An exponential whose base is not known
    /// against 1 is resolved by evaluating the base at the setting <paramref name="at"/> (e.g. gamma at the sweep's
    /// sigma1, rho and m).
    /// </summary>
    public static ClaimedGrowth Of(Theorem theorem, Expr expr, string variable, IReadOnlyDictionary<string, double> at)
    {
        var definitions = Definitions.Of(theorem.Definitions.Select(d => d.ToExpr()));
        var growth = GrowthAnalyzer.Analyze(expr, variable, definitions);
        return Read(growth, variable, EvalEnvironment.Of(at, definitions));
    }

    private static ClaimedGrowth Read(Growth growth, string variable, EvalEnvironment at)
    {
        var text = growth.Describe(variable);
        switch (growth)
        {
            case Growth.Power p:
                return new ClaimedGrowth(p.Exponent.ToDouble(), null, false, text);
            case Growth.Polynomial:
                return new ClaimedGrowth(null, null, true, text);
            case Growth.Exponential e:
                var value = Evaluator.Evaluate(e.Base, at);
                if (!value.Succeeded || !(value.Value > 0))
                {
                    return ClaimedGrowth.None($"{text} (base {ExprPrinter.Print(e.Base)} not evaluable at the sweep's setting)");
                }
                if (value.Value <= 1 && e.IfBaseAtMostOne is { } below)
                {
                    var inner = Read(below, variable, at);
                    return inner with { Text = string.Create(CultureInfo.InvariantCulture, $"{inner.Text} (base {ExprPrinter.Print(e.Base)} = {value.Value:G4} <= 1)") };
                }
                return new ClaimedGrowth(null, Math.Log(value.Value), false,
                    string.Create(CultureInfo.InvariantCulture, $"{text} (base {ExprPrinter.Print(e.Base)} = {value.Value:G4}, rate ln(base) = {Math.Log(value.Value):G4})"));
            default:
                return ClaimedGrowth.None(text);
        }
    }
}
