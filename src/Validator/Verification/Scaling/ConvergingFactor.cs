using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// How far the part of a bound that converges as m grows (the form without its leading power of m, e.g.
/// (1 + gamma^(6L)) (1 + rho1) with gamma = sigma1 + rho/sqrt(m) -> sigma1) still is from its limit at the largest
/// width of a sweep, and from which width it is within 10% of it. An implied constant measured / bound rises with m
/// while this factor falls, without saying anything against the claim's order; the note says how much of that
/// remains. Everything is computed from the bound's expression at the group's bindings.
/// </summary>
public static class ConvergingFactor
{
    /// <summary>Relative distance from the limit below which the factor counts as converged.</summary>
    public const double Within = 0.1;

    private const double LargestWidth = 1e300;

    /// <summary>
    /// F(m) / F(infinity), where F is the bound times m^(-e) for the bound's own exponent e in m: the factor by which the
    /// bound at width m exceeds its asymptotic equivalent F(infinity) m^e. Null when the bound has no exponent in m or F
    /// has no finite nonzero limit. Since O(bound) = O(F(infinity) m^e), an implied constant taken against the asymptotic
    /// equivalent (implied x this ratio) judges the same O-form without the pre-asymptotic drift of F.
    /// </summary>
    public static Func<double, double>? ToLimit(Theorem theorem, Claim claim, IReadOnlyDictionary<string, double> at, double largest)
    {
        var exponent = ClaimExponents.Bound(theorem, claim, ClaimFits.Width, at).Exponent;
        if (exponent is not { } e || !(largest > 0))
        {
            return null;
        }
        var f = Factor(theorem, claim, at, e);
        return Limit(f, largest) is { } limit && limit != 0 && double.IsFinite(limit) ? m => f(m) / limit : null;
    }

    private static Func<double, double> Factor(Theorem theorem, Claim claim, IReadOnlyDictionary<string, double> at, double e)
    {
        var definitions = Definitions.Of(theorem.Definitions.Select(d => d.ToExpr()));
        return m =>
        {
            var values = new Dictionary<string, double>(at, StringComparer.Ordinal) { [ClaimFits.Width] = m };
            var bound = Evaluator.Evaluate(claim.Bound, EvalEnvironment.Of(values, definitions));
            return bound.Succeeded ? bound.Value * Math.Pow(m, -e) : double.NaN;
        };
    }

    /// <summary>The note for one group of a sweep, or null when the factor is constant, or does not converge.</summary>
    /// <param name="at">The group's bindings (m is replaced).</param>
    /// <param name="largest">The largest width of the group.</param>
    public static string? Describe(Theorem theorem, Claim claim, IReadOnlyDictionary<string, double> at, double largest, string group)
    {
        var exponent = ClaimExponents.Bound(theorem, claim, ClaimFits.Width, at).Exponent;
        if (exponent is not { } e || !(largest > 0))
        {
            return null;
        }
        var F = Factor(theorem, claim, at, e);
        if (Limit(F, largest) is not { } limit || limit == 0)
        {
            return null;
        }
        var atLargest = F(largest);
        var distance = Math.Abs(atLargest / limit - 1);
        if (!double.IsFinite(distance) || distance < 1e-9)
        {
            return null;
        }
        var from = distance <= Within ? (double?)null : FirstWithin(m => Math.Abs(F(m) / limit - 1) <= Within, largest);
        var when = distance <= Within
            ? "already within 10% of it"
            : from is { } w ? string.Create(CultureInfo.InvariantCulture, $"within 10% of it only from m = {Width(w)} on") : "not within 10% of it at any width up to 1e300";
        return string.Create(CultureInfo.InvariantCulture,
            $"{claim.Name} ({group}): the bound's factor besides its m^({exponent:G3}) (bound x m^({-e:G3})) is {atLargest:G4} at the largest width m = {largest:G4}, "
            + $"{atLargest / limit:G4} times its limit {limit:G4} as m -> infinity, and {when}; the raw implied constant measured / bound rises by as much as this factor falls, so the verdict takes the implied constant against the asymptotic form (this factor at its limit)");
    }

    private static string Width(double m) => m < 1e9 ? Math.Ceiling(m).ToString("F0", CultureInfo.InvariantCulture) : m.ToString("G3", CultureInfo.InvariantCulture);

    // The limit as m -> infinity by evaluating at m = 10^(2^k) growing until two values agree to 1e-12.
    private static double? Limit(Func<double, double> f, double largest)
    {
        var previous = f(largest);
        for (var m = Math.Max(largest * 16, 1e4); m < LargestWidth; m *= m)
        {
            var value = f(m);
            if (!double.IsFinite(value))
            {
                return null;
            }
            if (Math.Abs(value - previous) <= 1e-12 * Math.Max(1, Math.Abs(value)))
            {
                return value;
            }
            previous = value;
        }
        return null;
    }

    // Smallest m > largest (to 1%) with within(m), by doubling then bisection on log m; null when none up to 1e300.
    private static double? FirstWithin(Func<double, bool> within, double largest)
    {
        var (low, high) = (largest, largest * 2);
        while (!within(high))
        {
            if (high > LargestWidth / 2)
            {
                return null;
            }
            (low, high) = (high, high * 2);
        }
        while (high / low > 1.01)
        {
            var mid = Math.Sqrt(low * high);
            (low, high) = within(mid) ? (low, mid) : (mid, high);
        }
        return high;
    }
}
