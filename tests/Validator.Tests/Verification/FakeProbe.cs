using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>
/// A probe whose quantities are closed forms of the point index, so the checker's logic is tested apart from
/// the numerics: hessian_norm_predictor = (1 + index/10) / sqrt(m) at point `index`. <paramref name="extra"/> adds or
/// replaces quantities (a closed form of the point and the bindings), <paramref name="declared"/> declared values.
/// </summary>
internal sealed class FakeProbe(
    IReadOnlyDictionary<string, double> bindings, int points, double error,
    IReadOnlyDictionary<string, Func<ProbePoint, IReadOnlyDictionary<string, double>, Measurement>>? extra = null,
    IReadOnlyDictionary<string, double>? declared = null) : ISettingProbe, IProbeFactory
{
    public string Backend => "fake";

    public IReadOnlyDictionary<string, double> Declared { get; } = new Dictionary<string, double>
    {
        ["activation.lipschitz"] = 1,
        ["activation.smoothness"] = 0.7698,
        ["activation.phi0"] = 0,
        ["data.n"] = 8,
        ["data.d"] = 4,
        ["activation.min_derivative"] = 0,
    }.Concat(declared ?? new Dictionary<string, double>()).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    public int Created { get; private set; }

    IReadOnlyDictionary<string, double> IProbeFactory.Declared(SettingSpec spec) => Declared;

    public ISettingProbe Create(ProbeRequest request)
    {
        Created++;
        return new FakeProbe(request.Bindings, points, error, extra, declared) { Created = Created };
    }

    public IReadOnlyList<ProbePoint> Points(ProbeScope scope, IProgress<string>? progress, CancellationToken cancellation) =>
        [.. Enumerable.Range(0, points).Select(i => new ProbePoint(i, i == 0 ? "init" : $"point {i}", i))];

    public Measurement Measure(ProbePoint point, string quantity) => extra?.GetValueOrDefault(quantity) is { } closed ? closed(point, bindings) : quantity switch
    {
        "hessian_norm_predictor" => new((1 + point.Index / 10.0) / Math.Sqrt(bindings["m"]), error, "closed form", 7, MeasurementExit.Converged, 0, 3),
        "layer_distance_max" => new(point.Index * 0.5, 0, "closed form", 0, MeasurementExit.Exact, 0),
        "input_norm_max" => new(2, 0, "closed form", 0, MeasurementExit.Exact, 0),
        "hessian_norm_loss" => new(4, 0, "closed form", 0, MeasurementExit.Exact, 0),
        _ => throw new ArgumentException($"the fake probe does not measure {quantity}"),
    };
}
