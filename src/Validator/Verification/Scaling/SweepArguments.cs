using System.Globalization;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>The arguments that change a sweep's results, as its manifest records them (a resume with others is refused).</summary>
public static class SweepArguments
{
    public static IReadOnlyDictionary<string, string> Of(string theorem, SettingSpec spec, double tolerance)
    {
        var arguments = Plain(theorem, spec, tolerance);
        // Only when given, so that manifests written before the variants existed still match a plain sweep.
        if (spec.Variant is { } variant)
        {
            arguments["--architecture"] = variant;
        }
        return arguments;
    }

    private static Dictionary<string, string> Plain(string theorem, SettingSpec spec, double tolerance) => new()
    {
        ["theorem"] = theorem,
        ["--set"] = string.Join(",", spec.Bindings.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key}={SweepFormat.Number(b.Value)}")),
        ["--activation"] = spec.Activation,
        ["--data"] = spec.Data,
        ["--steps"] = spec.Steps.ToString(CultureInfo.InvariantCulture),
        ["--init"] = spec.Init ?? "",
        ["--tolerance"] = tolerance.ToString("R", CultureInfo.InvariantCulture),
    };
}
