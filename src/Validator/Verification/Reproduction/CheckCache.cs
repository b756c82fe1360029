namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Finished checks of a reproduction, one JSON file each, so an interrupted run resumes without redoing them. A file
/// is used only when it was written for the same experiment, setting and tolerance (its key).
/// </summary>
internal sealed class CheckCache(string directory)
{
    public static string KeyOf(Experiment experiment, double tolerance) =>
        KeyedJson.Key(new { experiment.Theorem, experiment.Setting, tolerance });

    public TheoremCheck? TryGet(Experiment experiment, string key) => KeyedJson.Read<TheoremCheck>(PathOf(experiment), key);

    public void Put(Experiment experiment, string key, TheoremCheck check) => KeyedJson.Write(PathOf(experiment), key, check);

    private string PathOf(Experiment experiment) => Path.Combine(directory, $"{experiment.Theorem}.{experiment.Name}.json");
}
