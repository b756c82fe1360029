using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// Points where a claim holds with equality by construction: at theta_0 a quantity with a value by construction
/// (loss = loss0, distances = 0; see <see cref="QuantityFacts.AtInit"/>) against a bound that reduces to that same
/// value there (loss &lt;= c^t loss0 at t = 0). Such a point says nothing about the claim, so it is left out of
/// tightness and witness.
/// </summary>
internal static class ClaimIdentity
{
    /// <summary>Relative agreement of the bound with the value by construction (the same number computed twice).</summary>
    private const double Agreement = 1e-12;

    public static bool At(Claim claim, ProbePoint point, EvalEnvironment environment, double bound)
    {
        if (Vocabulary.Facts(claim.Quantity)?.AtInit is not { } atInit || !(point.Index == 0 || point.Step == 0))
        {
            return false;
        }
        if (atInit is not Sym symbol)
        {
            var value = Evaluator.Evaluate(atInit, environment);
            return value.Succeeded && Same(bound, value.Value);
        }
        // The bound must equal the value by construction whatever that value is: replace it by two unrelated values.
        var actual = environment.Values.TryGetValue(symbol.Name, out var v) ? v : 0;
        foreach (var probe in new[] { Math.Abs(actual) + 1, 2 * Math.Abs(actual) + 3.25 })
        {
            var values = new Dictionary<string, double>(environment.Values, StringComparer.Ordinal) { [symbol.Name] = probe };
            var at = Evaluator.Evaluate(claim.Bound, environment with { Values = values });
            if (!at.Succeeded || !Same(at.Value, probe))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Same(double a, double b) =>
        double.IsFinite(a) && double.IsFinite(b) && Math.Abs(a - b) <= Agreement * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
