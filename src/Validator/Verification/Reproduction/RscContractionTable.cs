using static BoundCheck.Validator.Verification.Reproduction.Cells;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// The contraction of GD at the judged width, step by step, against the encoded claim (which takes Lbar = 0) and
/// against the paper's form (whose Lbar is the minimum over B_t, bracketed by <see cref="ContractionBracket"/>).
/// </summary>
internal static class RscContractionTable
{
    public static Table For(RscRegimeRun run, string setting) => new(
        $"GD contraction at m = {run.Top} ({setting}) at the steps banerjee2023.gd judges: r_t against q = 1 - alpha_t omega (2 - omega)/beta",
        ["kappa", "GD step t", "r_t", "q", "encoded claim (Lbar = 0)", "Lbar needed", "lowest loss found in B_t", "paper's form"],
        [.. run.Contraction.Select(c => (IReadOnlyList<string>)[Number(c.Kappa), Integer(c.Step), Number(c.Ratio), Number(c.Factor),
            c.Ratio <= c.Factor ? "holds" : "violated", Number(c.Need), Number(c.Best), c.Verdict])]);

    public static string Note(RscRegimeRun run, string setting)
    {
        var steps = run.Contraction;
        if (steps.Count == 0)
        {
            return $"GD contraction at m = {run.Top} ({setting}): no kept step has alpha_t > 0 inside the cone and the ball, so banerjee2023.gd says nothing there.";
        }
        var encoded = steps.Count(c => c.Ratio > c.Factor);
        int Count(string verdict) => steps.Count(c => c.Verdict == verdict);
        return $"GD contraction at m = {run.Top} ({setting}): the encoded claim r_t <= q takes Lhat(thetabar_(t+1)) = 0, which is stronger than the "
            + "paper's statement (its reference value is the minimum of Lhat over B_t, which is >= 0), so its violations are not by themselves "
            + $"counterexamples: r_t > q at {encoded} of {steps.Count} judged (kappa, step) pairs. The paper's form holds at a step exactly when the "
            + $"minimum over B_t is at least the 'Lbar needed' column; the lowest loss BoundCheck found at points of B_t ({ContractionBracket.Angles} directions "
            + $"in the plane of gbar_t and the gradient, plus -grad, at the farthest radius up to rho2 and at {ContractionBracket.Radii - 1} fraction(s) of it, within min(rho, rho1) of theta_0) bounds that minimum from above. Of the {steps.Count} pairs: {Count("holds")} hold whatever the minimum is, "
            + $"{Count("violated")} are violated whatever it is (the needed value exceeds a loss found in B_t), and {Count("undecided")} are undecided.";
    }
}
