using System.Text.Json;

namespace BoundCheck.Cli.Commands;

/// <summary>The one JSON style of --json output: camelCase, indented.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
