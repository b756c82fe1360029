using System.Globalization;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// A theorem's setting: symbol bindings plus the architecture, data and seed they are measured on
/// (STYLE.md item 6: a readable name reruns it).
/// </summary>
/// <param name="Bindings">Parameter values (L, m, sigma1, rho, ...), by name.</param>
/// <param name="Activation">Activation name (tanh, softplus, ...).</param>
/// <param name="Data">Data spec, e.g. "synthetic:n=32,d=32".</param>
/// <param name="Steps">GD steps for trajectory scopes.</param>
/// <param name="Init">Initialisation override; null uses the theorem's.</param>
/// <param name="Residual">Skip connections on the equal-width hidden layers l &gt;= 2 (an architecture variant).</param>
/// <param name="Biases">A bias vector per layer, initialised to 0 (an architecture variant).</param>
public sealed record SettingSpec(
    IReadOnlyDictionary<string, double> Bindings,
    string Activation,
    string Data,
    int Seed,
    int Steps,
    string? Init = null,
    bool Residual = false,
    bool Biases = false)
{
    /// <summary>The variants as a name part ("res", "bias", "res-bias"), or null for the plain network.</summary>
    public string? Variant => (Residual, Biases) switch
    {
        (false, false) => null,
        (true, false) => "res",
        (false, true) => "bias",
        _ => "res-bias",
    };
}
