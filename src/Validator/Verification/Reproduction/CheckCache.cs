using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Finished checks of a reproduction, one JSON file each, so an interrupted run resumes without redoing them. A file
/// is used only when its key matches: the theorem's text (and that of every block it uses), the setting (bindings,
/// activation, data spec, seed, steps, init, variant), the data's content, the tolerance and the tool's code.
/// </summary>
internal sealed class CheckCache(string directory)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    private sealed record Entry(string Key, TheoremCheck Check);

    public static string KeyOf(Bounds.Theorems.Theorem theorem, Experiment experiment, double tolerance) =>
        JsonSerializer.Serialize(new
        {
            experiment.Theorem,
            text = Fingerprints.Theorem(theorem),
            experiment.Setting,
            data = Fingerprints.Data(experiment.Setting.Data),
            tolerance,
            tool = Fingerprints.Tool,
        }, Options);

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

    /// <summary>Whether a finished check of <paramref name="experiment"/> is stored, whatever its key.</summary>
    public bool Has(Experiment experiment) => File.Exists(PathOf(experiment));

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
