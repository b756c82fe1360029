using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// Leading growth of an expression in one variable (see <see cref="Growth"/>). Definitions that depend on the
/// variable are inlined (gamma = sigma1 + rho/sqrt(m) in m), those that do not stay symbols (gamma in L), so facts
/// about them apply. Equality facts (phi0 = 0, gamma = 1) are substituted first. When an exponential base is not
/// known against 1, the analysis is done twice, under "root &gt; 1" and "root &lt;= 1" (see Growth.Exponential).
/// exp of a growing argument that is not linear in v (super-exponential) is reported as Unknown.
/// </summary>
public static class GrowthAnalyzer
{
    /// <summary>The growth of <paramref name="expr"/> as <paramref name="variable"/> goes to infinity.</summary>
    public static Growth Analyze(Expr expr, string variable, Definitions? definitions = null, GrowthAssumptions? assumptions = null)
    {
        var defs = definitions ?? Definitions.Empty;
        var facts = assumptions ?? GrowthAssumptions.None;
        var cycle = defs.FindCycle();
        if (cycle is not null)
        {
            return new Unknown($"definition cycle: {string.Join(" -> ", cycle)}");
        }
        Expr prepared;
        try
        {
            prepared = Inliner.Inline(expr, defs, d => d.Parameters.Count > 0 || FreeSymbols.DependsOn(d.Body, variable, defs));
        }
        catch (InvalidOperationException e)
        {
            return new Unknown(e.Message);
        }
        return AnalyzeWithCases(prepared, variable, defs, facts, splits: 0);
    }

    private static Growth AnalyzeWithCases(Expr expr, string v, Definitions defs, GrowthAssumptions facts, int splits)
    {
        var equalities = facts.Facts
            .Where(f => f is { Relation: FactRelation.Equal, Subject: Sym })
            .ToDictionary(f => ((Sym)f.Subject).Name, f => (Expr)new Num(f.Value));
        var prepared = Simplifier.Simplify(Substitution.Replace(expr, equalities));
        var algebra = new GrowthAlgebra(new BaseComparison(facts, defs));
        try
        {
            return algebra.Bounded(new GrowthWalker(algebra).Walk(prepared, v));
        }
        catch (GrowthAlgebra.CaseSplit split) when (splits == 0)
        {
            var above = AnalyzeWithCases(expr, v, defs, facts.With(new GrowthFact(split.Root, FactRelation.Greater, 1)), 1);
            var below = AnalyzeWithCases(expr, v, defs, facts.With(new GrowthFact(split.Root, FactRelation.LessOrEqual, 1)), 1);
            return above is Exponential e ? e with { IfBaseAtMostOne = below } : algebra.Max(above, below);
        }
        catch (GrowthAlgebra.CaseSplit split)
        {
            return new Unknown($"depends on how {split.Root.Name} compares with 1 as well as another base");
        }
        catch (NotSupportedException e)
        {
            return new Unknown(e.Message);
        }
    }
}
