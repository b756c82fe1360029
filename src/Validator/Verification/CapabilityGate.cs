using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// A claim whose scope or quantities need a capability the setting's model lacks (layer blocks for a spectral ball,
/// layer features for a rank) is not-applicable there, with that reason, before anything is measured.
/// </summary>
internal static class CapabilityGate
{
    /// <summary>Why the probe cannot check <paramref name="claim"/>, or null when it can.</summary>
    public static string? Missing(Theorem theorem, Claim claim, CheckContext context)
    {
        if (context.Probe.Unavailable(claim.Scope.Kind) is { } scopeReason)
        {
            return $"{scopeReason}, which the scope {ScopeText.Describe(claim.Scope)} needs";
        }
        var exprs = theorem.Hypotheses.SelectMany(h => new[] { h.Left, h.Right }).Append(claim.Bound);
        if (claim.Probability is { } probability)
        {
            exprs = exprs.Append(probability.Bound);
        }
        foreach (var quantity in context.MeasuredSymbols(exprs).Prepend(claim.Quantity).Distinct(StringComparer.Ordinal))
        {
            if (context.Probe.Unavailable(quantity) is { } reason)
            {
                return $"{reason}, which {quantity} needs";
            }
        }
        return null;
    }

    /// <summary>The not-applicable result of a claim the model cannot be checked on.</summary>
    public static ClaimResult NotApplicable(Theorem theorem, Claim claim, string setting, string reason) =>
        new(theorem.Id, claim.Name, setting, Verdict.NotApplicable, claim.Quantity, claim.Relation.Symbol(),
            null, null, null, null, ExprPrinter.Print(claim.Bound), Formula.Latex(claim.Bound), claim.Origin.Tag.Name(),
            ScopeText.Describe(claim.Scope), [], null, null, reason);
}
