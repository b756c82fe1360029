namespace BoundCheck.Report.Markdown;

/// <summary>Setting names as the report shows them.</summary>
internal static class SettingName
{
    /// <summary>
    /// The setting without its "theorem/" prefix where the theorem is already named (its section, or a theorem
    /// column in the same row): "banerjee2023.hessian/L2-m128-tanh-seed1/synthetic:n=16" -> "L2-m128-tanh-seed1/synthetic:n=16".
    /// </summary>
    public static string WithinTheorem(string theorem, string setting) =>
        setting.Length > theorem.Length + 1 && setting.StartsWith(theorem, StringComparison.Ordinal) && setting[theorem.Length] == '/'
            ? setting[(theorem.Length + 1)..]
            : setting;
}
