using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// Turns one measurement with its error bar into a verdict (DESIGN.md, "Verdicts"): holds or violated only when
/// the error bar cannot change the answer, inconclusive otherwise; vacuous when the bound is on the trivial side of
/// the quantity's natural range.
/// </summary>
public static class Judge
{
    /// <summary>Judges measured ± error against bound.</summary>
    /// <param name="error">Absolute error bound of the measured value (>= 0).</param>
    /// <param name="range">The quantity's natural range (resolved at the setting): a bound on its trivial side says
    /// nothing, so a claim that does not fail there is vacuous.</param>
    public static (Verdict Verdict, string? Reason) Compare(
        double measured, double error, double bound, Relation relation, NaturalRange? range = null)
    {
        if (!double.IsFinite(measured))
        {
            return (Verdict.Inconclusive, $"measured value is {Text(measured)}");
        }
        if (!double.IsFinite(bound))
        {
            return (Verdict.Inconclusive, $"the bound evaluates to {Text(bound)} at this setting, which cannot be compared");
        }
        if (!double.IsFinite(error) || error < 0)
        {
            return (Verdict.Inconclusive, $"error bar is {Text(error)}");
        }
        // The worst end of the error bar must be on the right side (strictly for < and >) for holds; the best end on
        // the wrong side for violated.
        var upper = IsUpperBound(relation);
        var strict = relation.IsStrict();
        var (worst, best) = upper ? (measured + error, measured - error) : (measured - error, measured + error);
        var holds = upper ? (strict ? worst < bound : worst <= bound) : (strict ? worst > bound : worst >= bound);
        var violated = upper ? (strict ? best >= bound : best > bound) : (strict ? best <= bound : best < bound);
        if (violated)
        {
            return (Verdict.Violated, null);
        }
        if (range?.Trivial(relation, bound) is { } trivial)
        {
            return (Verdict.Vacuous, trivial);
        }
        if (!holds)
        {
            return (Verdict.Inconclusive, string.Create(CultureInfo.InvariantCulture,
                $"the error bar [{measured - error:G4}, {measured + error:G4}] contains the bound {bound:G4}{(strict ? " (the relation is strict)" : "")}"));
        }
        return (Verdict.Holds, null);
    }

    /// <summary>True for &lt;= and &lt; (the bound is an upper bound on the measured quantity).</summary>
    public static bool IsUpperBound(Relation relation) => relation is Relation.LessOrEqual or Relation.Less;

    /// <summary>
    /// Judges a rate measured over seeds by its statistical interval [low, high] (Clopper-Pearson for a proportion):
    /// a lower bound (a probability floor) holds when the low end is at or above it and is violated when the high end
    /// is below it; an upper bound the other way round; otherwise inconclusive, with the number of seeds that would
    /// decide it at the observed rate when <paramref name="trials"/> is known.
    /// </summary>
    public static (Verdict Verdict, string? Reason) CompareInterval(
        double estimate, double low, double high, double bound, Relation relation, int? trials = null, double level = 0.95)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || !double.IsFinite(bound))
        {
            return (Verdict.Inconclusive, $"the interval [{Text(low)}, {Text(high)}] or the bound {Text(bound)} is not finite");
        }
        var upper = IsUpperBound(relation);
        var strict = relation.IsStrict();
        var interval = string.Create(CultureInfo.InvariantCulture, $"estimate {estimate:G4}, {level:P0} interval [{low:G4}, {high:G4}]");
        var holds = upper ? (strict ? high < bound : high <= bound) : (strict ? low > bound : low >= bound);
        var violated = upper ? (strict ? low >= bound : low > bound) : (strict ? high <= bound : high < bound);
        if (violated)
        {
            return (Verdict.Violated, string.Create(CultureInfo.InvariantCulture, $"{interval} lies wholly on the wrong side of {bound:G4}"));
        }
        if (holds)
        {
            return (Verdict.Holds, string.Create(CultureInfo.InvariantCulture, $"{interval} lies wholly on the right side of {bound:G4}"));
        }
        var needed = trials is { } n and > 0 ? SeedsNeeded(estimate, n, bound, level) : "";
        return (Verdict.Inconclusive, string.Create(CultureInfo.InvariantCulture, $"{interval} contains the bound {bound:G4}{needed}"));
    }

    /// <summary>measured / bound (1 = tight); null when undefined, and for a bound &lt;= 0, where a ratio says nothing.</summary>
    public static double? Tightness(double measured, double bound) =>
        double.IsFinite(measured) && double.IsFinite(bound) && bound > 0 ? measured / bound : null;

    private static string SeedsNeeded(double estimate, int trials, double bound, double level)
    {
        var successes = (int)Math.Round(estimate * trials);
        var needed = Proportion.TrialsToDecide(successes, trials, bound, level);
        return needed is { } k
            ? string.Create(CultureInfo.InvariantCulture, $": too few seeds to decide; at the observed rate {successes}/{trials}, {k} seeds would")
            : string.Create(CultureInfo.InvariantCulture, $": too few seeds to decide, and at the observed rate {successes}/{trials} even {Proportion.MaxTrials} would not");
    }

    private static string Text(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
