using static BoundCheck.Validator.Verification.Reproduction.Cells;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>The probabilistic corollary's table and note: the rate at which the criterion holds, per width and output scale.</summary>
internal static class InitComparisonCorollary
{
    public static Table Table(InitComparisonRun run) => new(
        $"Probabilistic corollary: on how many seeds 4 F(w0) < r^2 alpha(w0, r) holds (r = {Number(run.Radius)}; 95% Clopper-Pearson intervals)",
        ["initialisation", "m", "output scale", "seeds where it holds", "rate", "95% interval"],
        [.. run.Corollary.OrderBy(c => c.Arm, StringComparer.Ordinal).ThenBy(c => c.Width).ThenBy(c => c.Scale).Select(c => (IReadOnlyList<string>)[
            Label(c.Arm), Integer(c.Width), Number(c.Scale), $"{c.Rate.Successes} of {c.Rate.Trials}", Number(c.Rate.Rate),
            $"[{Number(c.Rate.Low)}, {Number(c.Rate.High)}]"])]);

    public static string Label(string arm) => arm switch
    {
        "gaussian-ntk" => "Gaussian N(0, 1) NTK, v x scale",
        "lecun" => "LeCun N(0, 1/fan_in) standard, v x scale",
        "positive" => "positive, lambda = scale",
        _ => arm,
    };

    public static string Note(InitComparisonRun run)
    {
        var seeds = run.Corollary.Count == 0 ? 0 : run.Corollary[0].Rate.Trials;
        return $"Probabilistic corollary (random initialisation): for each width and output scale, the fraction of {seeds} seeds on which the "
            + $"criterion 4 F(w0) < r^2 alpha(w0, r) holds at r = {Number(run.Radius)}, for the Gaussian N(0, 1) NTK and the LeCun starts with v "
            + "multiplied by the scale, and for the positive start with lambda = the scale (random only through its hidden Uniform(0.5, 1.5) weights). The alpha "
            + "estimate is the same as in the criterion table. A rate near 0 with an upper end near 0 means the event the "
            + "corollary needs is rare at that width and scale.";
    }
}
