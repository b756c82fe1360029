using System.Globalization;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// Builds one network probe for one setting and hands the same probe to every theorem checked there, so the checks
/// of several theorems (or of one theorem at several cone parameters) share one theta_0, one GD path and the
/// measurements already made. Bindings the network does not read (listed in <paramref name="ignored"/>) may differ
/// between the checks; any other difference is a programmer error.
/// </summary>
internal sealed class SharedProbeFactory(double tolerance, IReadOnlyCollection<string> ignored) : IProbeFactory
{
    private readonly NetworkProbeFactory _inner = new(tolerance);
    private (string Key, NetworkProbe Probe)? _built;

    /// <summary>The probe built so far (null before the first check).</summary>
    public NetworkProbe? Probe => _built?.Probe;

    public IReadOnlyDictionary<string, double> Declared(SettingSpec spec) => _inner.Declared(spec);

    public ISettingProbe Create(ProbeRequest request)
    {
        var key = KeyOf(request);
        if (_built is { } built)
        {
            return built.Key == key ? built.Probe
                : throw new InvalidOperationException($"a shared probe was asked for a second setting: {key} after {built.Key}");
        }
        var probe = _inner.Create(request) as NetworkProbe
            ?? throw new InvalidOperationException("the network probe factory built a probe that is not a network probe");
        _built = (key, probe);
        return probe;
    }

    private string KeyOf(ProbeRequest request)
    {
        var spec = request.Spec;
        var bindings = request.Bindings.Where(b => !ignored.Contains(b.Key)).OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Key}={b.Value:R}"));
        return string.Join(";", [request.Model, request.Init, request.InitVariance?.ToString("R", CultureInfo.InvariantCulture) ?? "-",
            spec.Activation, spec.Data, spec.Seed.ToString(CultureInfo.InvariantCulture), spec.Steps.ToString(CultureInfo.InvariantCulture),
            spec.Variant ?? "plain", .. bindings]);
    }
}
