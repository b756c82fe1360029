using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// The numeric side of one setting (a network, its initial parameters and its data), as the checker sees it:
/// the points a claim's scope asks for, and the measurement of any vocabulary quantity at a point.
/// </summary>
public interface ISettingProbe
{
    /// <summary>The BLAS backend description recorded with every measurement.</summary>
    string Backend { get; }

    /// <summary>Declared values (activation constants, init.variance, data.n, data.d).</summary>
    IReadOnlyDictionary<string, double> Declared { get; }

    /// <summary>The points of a scope, init first. Trajectory scopes run GD here.</summary>
    IReadOnlyList<ProbePoint> Points(ProbeScope scope, IProgress<string>? progress, CancellationToken cancellation);

    /// <summary>Measures a vocabulary quantity at a point (cached: asking twice costs nothing).</summary>
    Measurement Measure(ProbePoint point, string quantity);

    /// <summary>Why the probe cannot measure <paramref name="quantity"/> here (a capability its model lacks), or null.</summary>
    string? Unavailable(string quantity) => null;

    /// <summary>Why the probe cannot produce the points of a scope of this kind (a capability its model lacks), or null.</summary>
    string? Unavailable(ScopeKind scope) => null;

    /// <summary>The model, initialisation and data, for the report.</summary>
    string Description => "";
}

/// <summary>What a claim's scope asks the probe for.</summary>
/// <param name="Radii">Evaluated scope arguments: (rho, rho1) for the spectral ball, (R) for the Euclidean ball.</param>
/// <param name="Steps">GD steps for trajectory scopes (and for the trajectory points inside a ball).</param>
/// <param name="Eta">GD step size; null lets the probe use 1/beta-hat (beta-hat = ||grad^2 Lhat(theta_0)||).</param>
public sealed record ProbeScope(ScopeKind Kind, IReadOnlyList<double> Radii, int Steps, double? Eta);

/// <summary>A point the probe can measure at. The probe keeps the parameters; the checker only names them.</summary>
/// <param name="Label">Readable: "init", "ball boundary: aligned +", "gd step 40".</param>
/// <param name="Step">GD step index for trajectory points, else null.</param>
public sealed record ProbePoint(int Index, string Label, int? Step);

/// <summary>A measured value with its numerical error bar and how it was obtained.</summary>
/// <param name="Error">Absolute error bound (e.g. the Lanczos residual); 0 for values exact to rounding.</param>
/// <param name="Exit">Why the measurement ended (results.json records its name).</param>
/// <param name="InputIndex">The input that attained a max over inputs, when the quantity is one.</param>
/// <param name="Low">Lower end of a statistical interval (e.g. Clopper-Pearson for a rate over seeds), if any.</param>
/// <param name="High">Upper end of that interval.</param>
/// <param name="Trials">For a rate over seeds: the number of seeds drawn.</param>
/// <param name="UsesPath">For an estimated constant: the GD path whose iterates entered the estimate, if any.</param>
/// <param name="Certificate">For a spectral value: its certificate (exact or P(miss) &lt;= delta); the verdict compares its ends.</param>
public sealed record Measurement(
    double Value,
    double Error,
    string Method,
    int Products,
    MeasurementExit Exit,
    double Seconds,
    int? InputIndex = null,
    double? Low = null,
    double? High = null,
    int? Trials = null,
    PathKey? UsesPath = null,
    Curvature.Certificate? Certificate = null)
{
    /// <summary>The input that attained a max over inputs as the report names it ("x3"), or null.</summary>
    public string? Input => InputIndex is { } i ? $"x{i}" : null;

    /// <summary>What the error bar is: a statistical interval [Low, High], a certified absolute error, or none (exact).</summary>
    public ErrorKind ErrorKind =>
        Low is not null && High is not null ? ErrorKind.StatisticalInterval
        : Certificate is null && Exit is MeasurementExit.Exact or MeasurementExit.NotRecorded ? ErrorKind.None
        : ErrorKind.CertifiedAbsolute;
}

/// <summary>A GD path of a setting: its step size and number of steps (the probe runs one path per key).</summary>
public sealed record PathKey(double Eta, int Steps);
