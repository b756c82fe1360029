namespace BoundCheck.Validator.Verification.Probing;

/// <summary>Builds the numeric side of a setting once its bindings are known.</summary>
public interface IProbeFactory
{
    /// <summary>Values known before any network exists: activation constants, data.n, data.d.</summary>
    IReadOnlyDictionary<string, double> Declared(SettingSpec spec);

    /// <summary>Builds the network, its initial parameters and its data for a resolved setting.</summary>
    ISettingProbe Create(ProbeRequest request);
}

/// <summary>A setting with its bindings resolved, ready to be built.</summary>
/// <param name="Model">Model family of the theorem (e.g. "fc").</param>
/// <param name="Init">Initialisation the theorem assumes ("gaussian", "positive", ...), or the setting's override.</param>
/// <param name="InitVariance">sigma0^2 from the theorem's <c>assume init.variance = ...</c>, when it has one.</param>
public sealed record ProbeRequest(
    string Model,
    string Init,
    SettingSpec Spec,
    IReadOnlyDictionary<string, double> Bindings,
    double? InitVariance);
