using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// The arguments that change a sweep's results, as its manifest records them (a resume with others is refused, and
/// so is a merge of shards that differ): the setting, and the fingerprints of the theorem's text, the data's content
/// and the tool's code, so a store written for another theorem text is never merged with this one.
/// </summary>
public static class SweepArguments
{
    /// <summary>Manifest argument holding the SHA-256 of the theorem block's text (and of the blocks it uses).</summary>
    public const string TheoremText = "theorem-text";

    public static IReadOnlyDictionary<string, string> Of(Theorem theorem, SettingSpec spec, double tolerance)
    {
        var arguments = new Dictionary<string, string>
        {
            ["theorem"] = theorem.Id,
            [TheoremText] = Fingerprints.Theorem(theorem),
            ["data-content"] = Fingerprints.Data(spec.Data),
            ["tool"] = Fingerprints.Tool,
            ["--set"] = string.Join(",", spec.Bindings.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key}={SweepFormat.Number(b.Value)}")),
            ["--activation"] = spec.Activation,
            ["--data"] = spec.Data,
            ["--steps"] = spec.Steps.ToString(CultureInfo.InvariantCulture),
            ["--init"] = spec.Init ?? "",
            ["--tolerance"] = tolerance.ToString("R", CultureInfo.InvariantCulture),
        };
        if (spec.Variant is { } variant)
        {
            arguments["--architecture"] = variant;
        }
        return arguments;
    }

    /// <summary>
    /// Why stored points cannot be reported against <paramref name="theorem"/> as the library has it now (its text
    /// changed since the sweep ran, or the store predates theorem fingerprints), or null when they can.
    /// </summary>
    public static string? Stale(Theorem theorem, SweepManifest manifest)
    {
        var now = Fingerprints.Theorem(theorem);
        return manifest.Arguments.TryGetValue(TheoremText, out var stored)
            ? stored == now ? null : $"the sweep was run for another text of {theorem.Id} (theorem-text {stored[..12]}..., the library's now {now[..12]}...): its points do not measure this theorem; rerun the sweep into a new directory"
            : $"the sweep's manifest records no text of {theorem.Id} (written before theorem fingerprints), so it cannot be matched with the library's theorem; rerun the sweep into a new directory";
    }
}
