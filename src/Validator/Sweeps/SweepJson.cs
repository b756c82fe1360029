using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Sweeps;

/// <summary>JSON settings of the sweep store: camelCase, NaN/Infinity written as strings.</summary>
internal static class SweepJson
{
    public static readonly JsonSerializerOptions Line = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    public static readonly JsonSerializerOptions Manifest = new(Line) { WriteIndented = true };
}
