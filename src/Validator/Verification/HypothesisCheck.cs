using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>Decides one hypothesis in an environment and says how (symbolic, measured, declared).</summary>
internal static class HypothesisCheck
{
    /// <summary>Relative slack for rounding (equalities such as ||x_i|| = sqrt(d) hold only to it; strict relations must clear it).</summary>
    public const double EqualityTolerance = 1e-9;

    /// <summary>At most this many measured symbols with an error bar are varied together (2^k corner evaluations).</summary>
    private const int MaxUncertainSymbols = 6;

    public static HypothesisKind KindOf(Hypothesis hypothesis) =>
        hypothesis.Quantities.Any(Vocabulary.IsMeasured) ? HypothesisKind.Measured
        : hypothesis.Quantities.Count > 0 ? HypothesisKind.Declared
        : HypothesisKind.Symbolic;

    /// <summary>
    /// True/false with the numbers compared, or null with the reason it could not be decided: a side that does not
    /// evaluate or is not finite, or a measured side whose error bar straddles the relation. The error bars of the
    /// measured symbols (<paramref name="errors"/>, absolute) work against the hypothesis: it holds only when it
    /// holds at every corner value ± error, fails only when it fails at every corner (exact for sides monotone in
    /// each measured symbol, which every shipped hypothesis is).
    /// </summary>
    public static (bool? Holds, string Detail) Decide(Hypothesis hypothesis, EvalEnvironment environment, IReadOnlyDictionary<string, double>? errors = null)
    {
        var left = Evaluator.Evaluate(hypothesis.Left, environment);
        var right = Evaluator.Evaluate(hypothesis.Right, environment);
        if (!left.Succeeded || !right.Succeeded)
        {
            return (null, (left.Error ?? right.Error)!.Message);
        }
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{ExprPrinter.Print(hypothesis.Left)} = {left.Value:G6} {hypothesis.Relation.Symbol()} {ExprPrinter.Print(hypothesis.Right)} = {right.Value:G6}");
        if (!double.IsFinite(left.Value) || !double.IsFinite(right.Value))
        {
            return (null, detail + ": a side is not finite, so the hypothesis cannot be decided");
        }
        var uncertain = (errors ?? new Dictionary<string, double>()).Where(e => e.Value > 0).OrderBy(e => e.Key, StringComparer.Ordinal)
            .Take(MaxUncertainSymbols).ToList();
        if (uncertain.Count == 0)
        {
            return (hypothesis.Relation.Decide(left.Value, right.Value, EqualityTolerance), detail);
        }
        if (uncertain.Any(e => !double.IsFinite(e.Value)))
        {
            return (null, detail + ": a measured side has no finite error bar");
        }
        var (l, r) = (Range(hypothesis.Left, environment, uncertain), Range(hypothesis.Right, environment, uncertain));
        var bars = string.Join(", ", uncertain.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} ± {e.Value:G3}")));
        var (surely, possibly) = Bounds(hypothesis.Relation, l, r);
        return surely == true ? (true, $"{detail} (error bars {bars} included)")
            : possibly == false ? (false, $"{detail} (even at the far end of the error bars {bars})")
            : (null, $"{detail}: the error bars {bars} straddle the relation, so it cannot be decided");
    }

    public static string Text(Hypothesis h) =>
        $"{ExprPrinter.Print(h.Left)} {h.Relation.Symbol()} {ExprPrinter.Print(h.Right)}";

    // Whether the relation holds at the worst combination of the two ranges (surely) and at the best (possibly).
    private static (bool? Surely, bool? Possibly) Bounds(Relation relation, (double Low, double High) l, (double Low, double High) r) => relation switch
    {
        Relation.LessOrEqual or Relation.Less => (relation.Decide(l.High, r.Low, EqualityTolerance), relation.Decide(l.Low, r.High, EqualityTolerance)),
        Relation.GreaterOrEqual or Relation.Greater => (relation.Decide(l.Low, r.High, EqualityTolerance), relation.Decide(l.High, r.Low, EqualityTolerance)),
        _ => (And(Relation.LessOrEqual.Decide(l.High, r.Low, EqualityTolerance), Relation.LessOrEqual.Decide(r.High, l.Low, EqualityTolerance)),
              And(Relation.LessOrEqual.Decide(l.Low, r.High, EqualityTolerance), Relation.LessOrEqual.Decide(r.Low, l.High, EqualityTolerance))),
    };

    private static bool? And(bool? a, bool? b) => a is null || b is null ? null : a.Value && b.Value;

    // The side's smallest and largest value over the corners value ± error of the uncertain symbols; NaN when one fails.
    private static (double Low, double High) Range(Expr side, EvalEnvironment environment, IReadOnlyList<KeyValuePair<string, double>> uncertain)
    {
        var (low, high) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var corner = 0; corner < 1 << uncertain.Count; corner++)
        {
            var values = new Dictionary<string, double>(environment.Values, StringComparer.Ordinal);
            for (var k = 0; k < uncertain.Count; k++)
            {
                var (name, error) = (uncertain[k].Key, uncertain[k].Value);
                values[name] += (corner >> k & 1) == 1 ? error : -error;
            }
            var value = Evaluator.Evaluate(side, environment with { Values = values });
            if (!value.Succeeded || !double.IsFinite(value.Value))
            {
                return (double.NaN, double.NaN);
            }
            (low, high) = (Math.Min(low, value.Value), Math.Max(high, value.Value));
        }
        return (low, high);
    }
}
