using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Finished checks of a reproduction, one JSON file each, so an interrupted run resumes without redoing them. A file
/// is used only when it was written for the same experiment, setting and tolerance (its key).
/// </summary>
internal sealed class CheckCache(string directory)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    private sealed record Entry(string Key, TheoremCheck Check);

    public static string KeyOf(Experiment experiment, double tolerance) =>
        JsonSerializer.Serialize(new { experiment.Theorem, experiment.Setting, tolerance, version = RunEnvironment.Version }, Options);

    public TheoremCheck? TryGet(Experiment experiment, string key)
    {
        var path = PathOf(experiment);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path), Options);
            return entry?.Key == key ? entry.Check : null;
        }
        catch (JsonException)
        {
            return null; // a file cut short by a kill: run the check again
        }
    }

    public void Put(Experiment experiment, string key, TheoremCheck check)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(experiment);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new Entry(key, check), Options));
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(Experiment experiment) => Path.Combine(directory, $"{experiment.Theorem}.{experiment.Name}.json");
}
