using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>
/// A probe whose quantities are closed forms of the point index, so the checker's logic is tested apart from
/// the numerics: hessian_norm_predictor = (1 + index/10) / sqrt(m) at point `index`.
/// </summary>
internal sealed class FakeProbe(IReadOnlyDictionary<string, double> bindings, int points, double error) : ISettingProbe, IProbeFactory
{
    public string Backend => "fake";

    public IReadOnlyDictionary<string, double> Declared { get; } = new Dictionary<string, double>
    {
        ["activation.lipschitz"] = 1,
        ["activation.smoothness"] = 0.7698,
        ["activation.phi0"] = 0,
        ["data.n"] = 8,
        ["data.d"] = 4,
    };

    public int Created { get; private set; }

    IReadOnlyDictionary<string, double> IProbeFactory.Declared(SettingSpec spec) => Declared;

    public ISettingProbe Create(ProbeRequest request)
    {
        Created++;
        return new FakeProbe(request.Bindings, points, error) { Created = Created };
    }

    public IReadOnlyList<ProbePoint> Points(ProbeScope scope, IProgress<string>? progress, CancellationToken cancellation) =>
        [.. Enumerable.Range(0, points).Select(i => new ProbePoint(i, i == 0 ? "init" : $"point {i}", i))];

    public Measurement Measure(ProbePoint point, string quantity) => quantity switch
    {
        "hessian_norm_predictor" => new((1 + point.Index / 10.0) / Math.Sqrt(bindings["m"]), error, "closed form", 7, MeasurementExit.Converged, 0, 3),
        "layer_distance_max" => new(point.Index * 0.5, 0, "closed form", 0, MeasurementExit.Exact, 0),
        "input_norm_max" => new(2, 0, "closed form", 0, MeasurementExit.Exact, 0),
        "hessian_norm_loss" => new(4, 0, "closed form", 0, MeasurementExit.Exact, 0),
        _ => throw new ArgumentException($"the fake probe does not measure {quantity}"),
    };
}
