using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// A finished result kept as one JSON file with the key it was computed for, so an interrupted run resumes without
/// redoing it. A file is used only when its key is the caller's (same experiment, setting, tolerance, version).
/// </summary>
internal static class KeyedJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    private sealed record Entry<T>(string Key, T Value);

    /// <summary>The key of a result: everything it depends on, serialised, with the tool's fingerprint (version and code).</summary>
    public static string Key(object dependsOn) =>
        JsonSerializer.Serialize(new { dependsOn, tool = Fingerprints.Tool }, Options);

    public static T? Read<T>(string path, string key) where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var entry = JsonSerializer.Deserialize<Entry<T>>(File.ReadAllText(path), Options);
            return entry?.Key == key ? entry.Value : null;
        }
        catch (JsonException)
        {
            return null; // a file cut short by a kill: compute it again
        }
    }

    public static void Write<T>(string path, string key, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new Entry<T>(key, value), Options));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The kept result for <paramref name="key"/>, else <paramref name="compute"/>'s, kept for next time.</summary>
    public static T GetOrCompute<T>(string path, string key, Func<T> compute) where T : class
    {
        if (Read<T>(path, key) is { } kept)
        {
            return kept;
        }
        var value = compute();
        Write(path, key, value);
        return value;
    }
}
