namespace BoundCheck.Validator.Verification;

/// <summary>The relation a claim asserts between the measured quantity and its bound.</summary>
public enum Relation
{
    /// <summary>measured &lt;= bound (an upper bound).</summary>
    AtMost,
    /// <summary>measured &gt;= bound (a lower bound).</summary>
    AtLeast,
}

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
        var (worst, best) = relation == Relation.AtMost ? (measured + error, measured - error) : (measured - error, measured + error);
        var holds = relation == Relation.AtMost ? worst <= bound : worst >= bound;
        var violated = relation == Relation.AtMost ? best > bound : best < bound;
        if (violated)
        {
            return (Verdict.Violated, null);
        }
        if (!holds)
        {
            return (Verdict.Inconclusive,
                $"the error bar [{measured - error:G4}, {measured + error:G4}] contains the bound {bound:G4}");
        }
        if (trivialBound is { } trivial && (relation == Relation.AtMost ? bound >= trivial : bound <= trivial))
        {
            return (Verdict.Vacuous, $"the bound {bound:G4} is no better than the a-priori bound {trivial:G4}");
        }
        return (Verdict.Holds, null);
    }

    /// <summary>measured / bound, the tightness of an upper bound (1 = tight); null when undefined.</summary>
    public static double? Tightness(double measured, double bound) =>
        double.IsFinite(measured) && double.IsFinite(bound) && bound != 0 ? measured / bound : null;
}
