namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Finished checks of a reproduction, one JSON file each, so an interrupted run resumes without redoing them. A file
/// is used only when its key matches: the theorem's text (and that of every block it uses), the setting (bindings,
/// activation, data spec, seed, steps, init, variant), the data's content, the tolerance and the tool's code.
/// </summary>
internal sealed class CheckCache(string directory)
{
    public static string KeyOf(Bounds.Theorems.Theorem theorem, Experiment experiment, double tolerance) =>
        KeyedJson.Key(new
        {
            experiment.Theorem,
            text = Fingerprints.Theorem(theorem),
            experiment.Setting,
            data = Fingerprints.Data(experiment.Setting.Data),
            tolerance,
        });

    public TheoremCheck? TryGet(Experiment experiment, string key) => KeyedJson.Read<TheoremCheck>(PathOf(experiment), key);

    /// <summary>Whether a finished check of <paramref name="experiment"/> is stored, whatever its key.</summary>
    public bool Has(Experiment experiment) => File.Exists(PathOf(experiment));

    public void Put(Experiment experiment, string key, TheoremCheck check) => KeyedJson.Write(PathOf(experiment), key, check);

    private string PathOf(Experiment experiment) => Path.Combine(directory, $"{experiment.Theorem}.{experiment.Name}.json");
}
