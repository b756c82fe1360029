using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// Turns one measurement with its error bar into a verdict (DESIGN.md, "Verdicts"): holds or violated only when
/// the error bar cannot change the answer, inconclusive otherwise.
/// </summary>
public static class Judge
{
    /// <summary>Judges measured ± error against bound.</summary>
    /// <param name="error">Absolute error bound of the measured value (>= 0).</param>
    /// <param name="trivialBound">An a-priori bound that always holds (e.g. 1 for a probability); a claimed
    /// upper bound at or above it says nothing, so a claim that holds is then vacuous.</param>
    public static (Verdict Verdict, string? Reason) Compare(
        double measured, double error, double bound, Relation relation, double? trivialBound = null)
    {
        if (!double.IsFinite(measured))
        {
            return (Verdict.Inconclusive, $"measured value is {measured}");
        }
        if (double.IsNaN(bound))
        {
            return (Verdict.Inconclusive, "the bound evaluates to NaN at this setting");
        }
        if (!double.IsFinite(error) || error < 0)
        {
            return (Verdict.Inconclusive, $"error bar is {error}");
        }
        // A claim holds when even the worst end of the error bar is on the right side.
        var upper = IsUpperBound(relation);
        var (worst, best) = upper ? (measured + error, measured - error) : (measured - error, measured + error);
        var holds = upper ? worst <= bound : worst >= bound;
        var violated = upper ? best > bound : best < bound;
        if (violated)
        {
            return (Verdict.Violated, null);
        }
        if (!holds)
        {
            return (Verdict.Inconclusive,
                $"the error bar [{measured - error:G4}, {measured + error:G4}] contains the bound {bound:G4}");
        }
        if (trivialBound is { } trivial && (upper ? bound >= trivial : bound <= trivial))
        {
            return (Verdict.Vacuous, $"the bound {bound:G4} is no better than the a-priori bound {trivial:G4}");
        }
        return (Verdict.Holds, null);
    }

    /// <summary>True for &lt;= and &lt; (the bound is an upper bound on the measured quantity).</summary>
    public static bool IsUpperBound(Relation relation) => relation is Relation.LessOrEqual or Relation.Less;

    /// <summary>
    /// Judges a rate measured over seeds with a statistical interval [low, high]: violated only when the whole
    /// interval is on the wrong side, holds when the point estimate is on the right side.
    /// </summary>
    public static (Verdict Verdict, string? Reason) CompareInterval(double estimate, double low, double high, double bound, Relation relation)
    {
        var upper = IsUpperBound(relation);
        if (upper ? low > bound : high < bound)
        {
            return (Verdict.Violated, $"the 95% interval [{low:G4}, {high:G4}] excludes the bound {bound:G4}");
        }
        return (upper ? estimate <= bound : estimate >= bound)
            ? (Verdict.Holds, $"estimate {estimate:G4}, 95% interval [{low:G4}, {high:G4}]")
            : (Verdict.Inconclusive, $"estimate {estimate:G4} is on the wrong side of {bound:G4} but the 95% interval [{low:G4}, {high:G4}] contains it");
    }

    /// <summary>measured / bound (1 = tight); null when undefined, and for a bound &lt;= 0, where a ratio says nothing.</summary>
    public static double? Tightness(double measured, double bound) =>
        double.IsFinite(measured) && double.IsFinite(bound) && bound > 0 ? measured / bound : null;
}
