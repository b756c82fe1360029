using System.Globalization;

namespace BoundCheck.Bounds.Theorems;

/// <summary>
/// The values a quantity can take before anything is measured (non-negative, [0, 1], a rank in 0..n, ...), and so
/// where a bound on it says nothing: a lower bound at or below <see cref="Low"/>, an upper bound at or above
/// <see cref="High"/>.
/// </summary>
/// <param name="Low">No value is below it (-Infinity when unbounded).</param>
/// <param name="High">No value is above it (+Infinity when unbounded, or when <see cref="HighFrom"/> gives it).</param>
/// <param name="Text">The range in words, for reasons ("non-negative", "a rank in 0..n").</param>
public sealed record NaturalRange(double Low, double High, string Text)
{
    /// <summary>A declared quantity that gives the upper end at a setting (data.n for a rank of an n-row matrix).</summary>
    public string? HighFrom { get; init; }

    /// <summary>
    /// A lower bound at or below this value says nothing even though the quantity can be smaller (an RSC modulus
    /// bound &lt;= 0 is not restricted strong convexity); null means <see cref="Low"/>.
    /// </summary>
    public double? LowerFloor { get; init; }

    /// <summary>Why a lower bound at or below <see cref="LowerFloor"/> says nothing.</summary>
    public string? LowerFloorWhy { get; init; }

    /// <summary>Any real number: no bound is trivial by range.</summary>
    public static NaturalRange Real { get; } = new(double.NegativeInfinity, double.PositiveInfinity, "any real number");

    /// <summary>[0, Infinity): norms, losses, distances, eigenvalues of PSD matrices.</summary>
    public static NaturalRange NonNegative { get; } = new(0, double.PositiveInfinity, "non-negative");

    /// <summary>[0, 1]: rates, |cosines|.</summary>
    public static NaturalRange UnitInterval { get; } = new(0, 1, "in [0, 1]");

    /// <summary>An integer count in 0..N, N read from a declared quantity at the setting.</summary>
    public static NaturalRange Count(string upper, string text) => new(0, double.PositiveInfinity, text) { HighFrom = upper };

    /// <summary>The range with <see cref="HighFrom"/> resolved from <paramref name="declared"/> (unchanged when absent).</summary>
    public NaturalRange Resolve(IReadOnlyDictionary<string, double> declared) =>
        HighFrom is { } name && declared.TryGetValue(name, out var high) ? this with { High = high, HighFrom = null } : this;

    /// <summary>
    /// Why <c>quantity relation bound</c> says nothing on this range, or null when it is informative: a lower bound
    /// at or below the low end (strict: below it), an upper bound at or above the high end (strict: above it).
    /// </summary>
    public string? Trivial(Relation relation, double bound)
    {
        if (!double.IsFinite(bound))
        {
            return null;
        }
        var floor = LowerFloor ?? Low;
        var strict = relation.IsStrict();
        string N(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
        var lower = relation is Relation.GreaterOrEqual or Relation.Greater;
        var upper = relation is Relation.LessOrEqual or Relation.Less;
        if (lower && (strict ? bound < floor : bound <= floor))
        {
            return LowerFloor is not null && LowerFloorWhy is not null
                ? $"the lower bound {N(bound)} is at or below {N(floor)}: {LowerFloorWhy}"
                : $"the lower bound {N(bound)} is at or below {N(Low)}, and the quantity is {Text}: it holds whatever is measured";
        }
        if (upper && (strict ? bound > High : bound >= High))
        {
            return $"the upper bound {N(bound)} is at or above {N(High)}, and the quantity is {Text}: it holds whatever is measured";
        }
        return null;
    }

    /// <summary>True when a claim that holds can only hold with measured = bound (a lower bound at the top of the range).</summary>
    public bool AtTheEnd(Relation relation, double bound) =>
        relation == Relation.GreaterOrEqual ? bound >= High : relation == Relation.LessOrEqual && bound <= Low;
}
