using System.Globalization;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Verification;

/// <summary>The readable, reproducible names of settings (STYLE.md item 6), all built here.</summary>
public static class SettingNames
{
    /// <summary>A model, its initialisation and seed: "fc-L3-m512-d32-tanh-ntk-gaussian-seed1".</summary>
    public static string Of(IModel model, Initialisation initialisation, ulong seed) => Join(model.Name, initialisation, seed);

    /// <summary>The same for an MLP architecture.</summary>
    public static string Of(Architecture architecture, Initialisation initialisation, ulong seed) => Join(architecture.Describe(), initialisation, seed);

    /// <summary>"L3-m512-rho=1-tanh-seed1/synthetic:n=16,d=16": L and m always, other bindings only when given.</summary>
    public static string Of(SettingSpec spec, IReadOnlyDictionary<string, double> bindings)
    {
        var parts = new List<string>();
        foreach (var key in new[] { "L", "m" })
        {
            if (bindings.TryGetValue(key, out var v))
            {
                parts.Add(key + v.ToString("G6", CultureInfo.InvariantCulture));
            }
        }
        parts.AddRange(spec.Bindings.Keys.Where(k => k is not ("L" or "m")).Order(StringComparer.Ordinal)
            .Select(k => $"{k}={spec.Bindings[k].ToString("G6", CultureInfo.InvariantCulture)}"));
        parts.Add(spec.Activation);
        if (spec.Variant is { } variant)
        {
            parts.Add(variant);
        }
        if (spec.Init is { } init)
        {
            parts.Add($"init={init}");
        }
        parts.Add($"seed{spec.Seed}");
        return string.Join("-", parts) + "/" + spec.Data;
    }

    /// <summary>What a probe is built from, for the report: "fc-L2-m16-d16-tanh-ntk, init gaussian, data sphere-n32-d16-teacher-seed1".</summary>
    public static string Description(IModel model, Initialisation initialisation, Dataset data) =>
        $"{model.Name}, init {initialisation.Name}, data {data.Name}";

    private static string Join(string model, Initialisation initialisation, ulong seed) => $"{model}-{initialisation.Name}-seed{seed}";
}
