using BoundCheck.Validator.Models.Mlp;

namespace BoundCheck.Validator.Networks;

/// <summary>Readable, reproducible names for a network setting, e.g. "fc-L3-m512-d32-tanh-ntk-gaussian-seed1".</summary>
public static class SettingName
{
    /// <summary>Architecture description, initialisation name and seed joined by '-'.</summary>
    public static string Of(Architecture architecture, Initialisation initialisation, ulong seed) =>
        $"{architecture.Describe()}-{initialisation.Name}-seed{seed}";
}
