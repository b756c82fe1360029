using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>
/// The growth of one explicit bound in one variable under one regime, against one stated form.
/// </summary>
/// <param name="Subject">The claim name, or the definition an <c>order</c> line describes.</param>
/// <param name="Form">The stated form as written ("stated O(...)", "abstract O(...)").</param>
/// <param name="Regime">The hypothesis the analysis assumed ("gamma < 1", ...), or "any" when none was relevant.</param>
/// <param name="ExplicitGrowth">The explicit bound's derived growth, e.g. "m^(-1/2)".</param>
/// <param name="StatedGrowth">The stated form's growth.</param>
public sealed record GrowthCheck(
    string Subject,
    string Form,
    Provenance Tag,
    string Variable,
    string Regime,
    string ExplicitGrowth,
    string StatedGrowth,
    GrowthVerdict Verdict,
    string Message);

/// <summary>
/// Symbolic consistency of a theorem: for each claim (and each <c>order</c>) and each stated form, the growth in m
/// and in L of the explicit bound (definitions inlined; an unknown constant's factor such as poly(L) included)
/// against the stated form's, under gamma &lt; 1, = 1 and &gt; 1 when gamma appears.
/// </summary>
public static class Consistency
{
    /// <summary>The variables whose growth is compared, when they are parameters of the theorem.</summary>
    public static IReadOnlyList<string> Variables { get; } = ["m", "L"];

    private const string RegimeSymbol = "gamma";

    /// <summary>Every comparison for <paramref name="theorem"/>, in claim order, then m before L, then regime.</summary>
    public static IReadOnlyList<GrowthCheck> Check(Theorem theorem)
    {
        var definitions = Definitions.Of(theorem.Definitions.Select(d => d.ToExpr()));
        var subjects = theorem.Claims
            .SelectMany(c => c.Stated.Select(s => (c.Name, Bound: c.UnknownFactor is { } f ? new Mul(f, c.Bound) : c.Bound, Form: s)))
            .Concat(theorem.Orders.Select(o => (Name: o.Definition, Bound: (Expr)new Sym(o.Definition), o.Form)));
        var checks = new List<GrowthCheck>();
        foreach (var (name, bound, form) in subjects)
        {
            foreach (var variable in Variables.Where(v => theorem.Parameters.Any(p => p.Name == v)))
            {
                foreach (var (regime, facts) in Regimes(bound, form, definitions))
                {
                    checks.Add(Compare(name, bound, form, variable, regime, facts, definitions));
                }
            }
        }
        return checks;
    }

    private static GrowthCheck Compare(string subject, Expr bound, StatedForm form, string variable, string regime, GrowthAssumptions facts, Definitions definitions)
    {
        var explicitGrowth = GrowthAnalyzer.Analyze(bound, variable, definitions, facts);
        var statedGrowth = GrowthAnalyzer.Analyze(form.Body, variable, definitions, facts);
        if (form.Kind == AsymptoticKind.SoftBigO)
        {
            // O~ ignores logarithmic factors.
            (explicitGrowth, statedGrowth) = (WithoutLogs(explicitGrowth), WithoutLogs(statedGrowth));
        }
        var result = form.Kind switch
        {
            AsymptoticKind.Omega => GrowthComparison.Compare(statedGrowth, explicitGrowth),
            AsymptoticKind.Theta => Both(explicitGrowth, statedGrowth),
            _ => GrowthComparison.Compare(explicitGrowth, statedGrowth),
        };
        return new GrowthCheck(subject, $"{form.Label} {form.Origin.Text}", form.Origin.Tag, variable, regime,
            explicitGrowth.Describe(variable), statedGrowth.Describe(variable), result.Verdict, result.Message);
    }

    private static GrowthComparisonResult Both(Growth a, Growth b)
    {
        var upper = GrowthComparison.Compare(a, b);
        var lower = GrowthComparison.Compare(b, a);
        return upper.Verdict == lower.Verdict ? upper : upper.Verdict != GrowthVerdict.Consistent ? upper : lower;
    }

    private static Growth WithoutLogs(Growth g) => g is Growth.Power p ? p with { LogExponent = Rational.Zero } : g;

    // gamma < 1, = 1, > 1 when the bound or the form depends on gamma; otherwise one unconditioned analysis. A form
    // stated for a regime only ("O(poly(L)/sqrt(m)) for gamma <= 1") is compared only in the regimes it allows.
    private static IEnumerable<(string Regime, GrowthAssumptions Facts)> Regimes(Expr bound, StatedForm form, Definitions definitions)
    {
        if (!FreeSymbols.DependsOn(bound, RegimeSymbol, definitions) && !FreeSymbols.DependsOn(form.Body, RegimeSymbol, definitions))
        {
            return [("any", GrowthAssumptions.None)];
        }
        return new[] { ("<", FactRelation.Less, Relation.Less), ("=", FactRelation.Equal, Relation.Equal), (">", FactRelation.Greater, Relation.Greater) }
            .Where(r => form.Condition is not { } c || c.Symbol != RegimeSymbol || c.Allows(r.Item3, 1))
            .Select(r => ($"{RegimeSymbol} {r.Item1} 1", new GrowthAssumptions([new GrowthFact(new Sym(RegimeSymbol), r.Item2, Rational.One)])));
    }
}
