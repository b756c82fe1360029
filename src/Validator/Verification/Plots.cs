using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>The plot of a claim measured at several points: measured against the bound, point by point.</summary>
internal static class Plots
{
    public static Plot? ForClaim(Theorem theorem, Claim claim, IReadOnlyList<PointOutcome> outcomes)
    {
        var measured = outcomes.Where(o => o.Applicable && o.Measured is not null).ToList();
        if (measured.Count < 2)
        {
            return null;
        }
        var trajectory = measured.All(o => o.Point.Step is not null) && measured.Select(o => o.Point.Step).Distinct().Count() == measured.Count;
        var x = measured.Select(o => trajectory ? (double)o.Point.Step!.Value : o.Point.Index).ToArray();
        var y = measured.Select(o => o.Measured!.Value).ToArray();
        var bound = measured.Select(o => o.Bound).ToArray();
        var positive = y.All(v => v > 0) && bound.All(v => v > 0);
        var label = claim.ConstantKnown ? "bound" : "bound without its constant";
        return new Plot(
            $"{theorem.Id}.{claim.Name}",
            $"{theorem.Id}: {claim.Quantity} {claim.Relation.Symbol()} bound",
            trajectory ? "GD step" : "probed point (0 = init)",
            claim.Quantity,
            LogX: false,
            LogY: positive,
            [
                new Series("measured", x, y, null, null, trajectory ? SeriesStyle.Line : SeriesStyle.Markers),
                new Series(label, x, bound, null, null, SeriesStyle.Dashed),
            ]);
    }
}
