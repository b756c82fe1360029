using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>Decides one hypothesis in an environment and says how (symbolic, measured, declared).</summary>
internal static class HypothesisCheck
{
    /// <summary>Relative slack for equalities such as ||x_i|| = sqrt(d), which hold only to rounding.</summary>
    public const double EqualityTolerance = 1e-9;

    public static HypothesisKind KindOf(Hypothesis hypothesis) =>
        hypothesis.Quantities.Any(Vocabulary.IsMeasured) ? HypothesisKind.Measured
        : hypothesis.Quantities.Count > 0 ? HypothesisKind.Declared
        : HypothesisKind.Symbolic;

    /// <summary>True/false with the numbers compared, or null with the reason it could not be decided.</summary>
    public static (bool? Holds, string Detail) Decide(Hypothesis hypothesis, EvalEnvironment environment)
    {
        var left = Evaluator.Evaluate(hypothesis.Left, environment);
        var right = Evaluator.Evaluate(hypothesis.Right, environment);
        if (!left.Succeeded || !right.Succeeded)
        {
            return (null, (left.Error ?? right.Error)!.Message);
        }
        var holds = hypothesis.Relation.Holds(left.Value, right.Value, EqualityTolerance);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{ExprPrinter.Print(hypothesis.Left)} = {left.Value:G6} {hypothesis.Relation.Symbol()} {ExprPrinter.Print(hypothesis.Right)} = {right.Value:G6}");
        return (holds, detail);
    }

    public static string Text(Hypothesis h) =>
        $"{ExprPrinter.Print(h.Left)} {h.Relation.Symbol()} {ExprPrinter.Print(h.Right)}";
}
