namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// One run of a reproduction: a theorem checked at one setting, or swept over a grid (when <see cref="Grid"/> is not
/// empty), with a sentence that says why it is run.
/// </summary>
/// <param name="Theorem">Theorem id.</param>
/// <param name="Name">Short unique name, used for the cache file of a check or the directory of a sweep.</param>
/// <param name="Why">What the run shows, in one sentence, for the report.</param>
/// <param name="Setting">The setting; for a sweep, the base the grid values override.</param>
/// <param name="Grid">Grid axes for a sweep ("m=32,64,128"), empty for a single check.</param>
/// <param name="Seeds">Seeds per grid point of a sweep, or the seeds 1..Seeds an analysis draws.</param>
/// <param name="Analysis">The name of an analysis in <see cref="Analyses.All"/> to run instead of a check or a sweep.</param>
/// <param name="Arguments">The analysis' arguments by name (widths, grids, ...), as text: the form a theorem file's block gives.</param>
public sealed record Experiment(
    string Theorem,
    string Name,
    string Why,
    SettingSpec Setting,
    IReadOnlyList<string> Grid,
    int Seeds = 1,
    string? Analysis = null,
    IReadOnlyDictionary<string, string>? Arguments = null)
{
    /// <summary>The paper a theorem id belongs to: the part before the first dot.</summary>
    public string Paper => Theorem[..Theorem.IndexOf('.', StringComparison.Ordinal)];

    public bool IsSweep => Grid.Count > 0 && Analysis is null;

    public bool IsAnalysis => Analysis is not null;
}

/// <summary>How large a reproduction is: quick (the default, minutes on a laptop) or full (the larger grids).</summary>
public enum Scale
{
    Quick,
    Full,
}
