using System.Text.Json;
using System.Text.Json.Serialization;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Json;

/// <summary>results.json: a <see cref="VerificationRun"/> as camelCase JSON, NaN and infinities written by name.</summary>
public static class ResultsJson
{
    /// <summary>The file name beside the report.</summary>
    public const string FileName = "results.json";

    /// <summary>The serializer options used for results.json and for `--json` output.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // Verdict, HypothesisKind and ScalingVerdict carry their own JsonStringEnumMemberName converters.
        Converters = { new JsonStringEnumConverter<SeriesStyle>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The JSON text of a run.</summary>
    public static string Serialize(VerificationRun run) => JsonSerializer.Serialize(run, Options);

    /// <summary>Reads a run from JSON text; throws <see cref="JsonException"/> on malformed input.</summary>
    public static VerificationRun Deserialize(string json) =>
        JsonSerializer.Deserialize<VerificationRun>(json, Options) ?? throw new JsonException("results.json holds null");

    /// <summary>Writes results.json into a directory (atomically).</summary>
    public static void Write(VerificationRun run, string directory) =>
        IO.AtomicFile.WriteAllText(Path.Combine(directory, FileName), Serialize(run));

    /// <summary>Reads DIR/results.json.</summary>
    public static VerificationRun Read(string directory) => Deserialize(File.ReadAllText(Path.Combine(directory, FileName)));
}
