using BoundCheck.Validator.Geometry;
namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// The estimated constants of a Euclidean ball B(theta_0, r): the PL modulus inf ||grad Lhat||^2 / Lhat and the smoothness
/// sup ||grad^2 Lhat||. Both from points of the ball only (theta_0, seeded random points, for the PL modulus the lowest
/// points of short GD runs from the random points, then projected descent or ascent from the best of them), never from the
/// GD iterates whose claims the constants enter: a point found is a point of the ball, so an infimum estimate can only be
/// too high and a supremum estimate only too low.
/// </summary>
internal static class BallEstimates
{
    /// <summary>Random points of the ball (besides theta_0).</summary>
    public const int Samples = 6;

    /// <summary>Objective evaluations of the search from the best sampled point.</summary>
    public const int SearchBudget = 8;

    /// <summary>Seed of the random points (fixed, apart from every seed a setting draws).</summary>
    public const int Seed = 17;

    /// <param name="value">The quantity at a point, as measured at probed points (pl_ratio or hessian_norm_loss).</param>
    /// <param name="extra">More candidate points of the ball from the random points (for the PL modulus: the lowest points
    /// of short GD runs from them, <see cref="LossDescentProbes"/>), with their description; null for none.</param>
    public static Measurement Estimate(double[] theta0, double radius, bool infimum, ISearchObjective objective,
        Func<double[], Measurement> value, (Func<IBallProjection, IReadOnlyList<double[]>, IEnumerable<double[]>> Points, string Text)? extra = null)
    {
        var ball = new EuclideanBallProjection(theta0, radius);
        var random = BallPoints.Euclidean(theta0, radius, Samples, Seed).Select(p => p.Theta).ToList();
        var points = random.Prepend(theta0).Concat(extra?.Points(ball, random) ?? []).ToList();
        var sampled = points.Select(p => (Theta: p, Measured: value(p))).ToList();
        var sign = infimum ? -1.0 : 1.0;
        var start = sampled.MaxBy(s => sign * s.Measured.Value);
        var run = BallSearch.Run(objective, ball, start.Theta, SearchBudget, ascent: !infimum, CancellationToken.None);
        var searched = value(run.Theta);
        var best = sign * searched.Value > sign * start.Measured.Value ? searched : start.Measured;
        var what = infimum ? "smallest ||grad Lhat||^2 / Lhat" : "largest ||grad^2 Lhat||";
        var direction = infimum
            ? "an upper estimate of the infimum over the ball (every point found is in the ball; the infimum can only be lower)"
            : "a lower estimate of the supremum over the ball (every point found is in the ball; the supremum can only be higher)";
        return best with
        {
            Method = $"{what} at theta_0, {Samples} random points of B(theta_0, {radius:G4}){(extra is { } e ? ", " + e.Text : "")} and the end of a projected "
                + $"{(infimum ? "descent" : "ascent")} from the best of them ({run.Evaluations} evaluations, {run.Accepted} steps taken; "
                + $"sampled {start.Measured.Value:G6}, searched {searched.Value:G6}), none of them a GD iterate: {direction}",
            Products = sampled.Sum(s => s.Measured.Products) + searched.Products,
            Certificate = null,
        };
    }
}
