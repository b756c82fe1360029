using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Geometry;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Verification.Quantities;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// The numeric side of one setting: a model of the seam, theta_0 and the data. Scopes become points (theta_0, ball
/// boundary points, GD iterates), and vocabulary quantities are measured there by their <see cref="Measurers"/>.
/// </summary>
public sealed partial class NetworkProbe : ISettingProbe
{
    /// <summary>GD iterates inside a ball that are probed besides theta_0 and the boundary points.</summary>
    public const int TrajectoryPointsInBall = 2;

    private readonly List<(ProbePoint Point, double[] Theta, Trajectory? Path)> _points = [];
    private readonly Dictionary<ProbeScope, IReadOnlyList<ProbePoint>> _scopes = [];
    private readonly Dictionary<(int, string), Measurement> _cache = [];
    private readonly MeasureContext _context;
    private readonly IReadOnlyDictionary<string, double> _bindings;
    private readonly int _seed;
    private readonly int _steps;
    private readonly Dictionary<(double, int), Trajectory> _runs = [];

    internal NetworkProbe(IModel model, double[] theta0, Dataset data, IReadOnlyDictionary<string, double> bindings,
        Initialisation init, int seed, string description, double tolerance, int steps)
    {
        Data = data;
        Description = description;
        _bindings = bindings;
        _seed = seed;
        _steps = steps;
        _context = new MeasureContext(model.Bind(data), data, theta0, init, tolerance, bindings, () => SettingPath());
        _points.Add((new ProbePoint(0, "init", 0), theta0, null));
        Declared = new Dictionary<string, double> { ["data.n"] = data.Count, ["data.d"] = data.Dimension };
    }

    public string Backend => Blas.DescribeDefault();

    public IReadOnlyDictionary<string, double> Declared { get; }

    /// <summary>Architecture, initialisation and data, for the report.</summary>
    public string Description { get; }

    internal Dataset Data { get; }
    internal IModelBatch Evaluator => _context.Batch;
    internal double[] Theta0 => _points[0].Theta;

    /// <inheritdoc/>
    public string? Unavailable(string quantity) =>
        Measurers.Find(quantity) is { } measurer ? ModelCapabilities.Missing(Evaluator, measurer.Needs) : null;

    /// <inheritdoc/>
    public string? Unavailable(ScopeKind scope) =>
        scope is ScopeKind.SpectralBall or ScopeKind.FrobeniusBall ? ModelCapabilities.Missing(Evaluator, ModelCapability.LayerBlocks) : null;

    public IReadOnlyList<ProbePoint> Points(ProbeScope scope, IProgress<string>? progress, CancellationToken cancellation)
    {
        if (_scopes.TryGetValue(scope, out var known))
        {
            return known;
        }
        var list = new List<ProbePoint> { _points[0].Point };
        switch (scope.Kind)
        {
            case ScopeKind.AtInit:
                break;
            case ScopeKind.SpectralBall or ScopeKind.FrobeniusBall:
                var (rho, rho1) = (scope.Radii[0], scope.Radii.Count > 1 ? scope.Radii[1] : scope.Radii[0]);
                list.AddRange(BallPoints.SpectralBoundary(_context.Layers, Theta0, rho, rho1, _seed).Select(p => Add(p.Label, p.Theta, null, null)));
                list.AddRange(TrajectoryInside(scope, t => _context.LayerDistanceMax(t) <= rho && _context.OutputDistance(t) <= rho1, progress, cancellation));
                break;
            case ScopeKind.EuclideanBall:
                var radius = scope.Radii[0];
                list.AddRange(BallPoints.Euclidean(Theta0, radius, 4, _seed).Select(p => Add(p.Label, p.Theta, null, null)));
                list.AddRange(TrajectoryInside(scope, t => _context.Distance(t) <= radius, progress, cancellation));
                break;
            case ScopeKind.AlongGd or ScopeKind.AlongGradientFlow:
                var path = Run(scope, progress, cancellation);
                // The last iterate has no step after it: step quantities (r_t, alphahat_t) end one step earlier.
                list = [.. path.StoredSteps.Where(s => s < path.Steps).Order().Select(step => Add($"gd step {step}", path.Parameters(step), step, path))];
                break;
        }
        return _scopes[scope] = list;
    }

    public Measurement Measure(ProbePoint point, string quantity)
    {
        if (_cache.TryGetValue((point.Index, quantity), out var cached))
        {
            return cached;
        }
        var measurer = Measurers.Find(quantity) ?? throw new InputException($"the network probe does not measure '{quantity}'");
        var (_, theta, path) = _points[point.Index];
        var value = path is not null && point.Step is { } step && measurer.RecordedAlongGd
            ? measurer.FromRecord(FromTrajectory(path, quantity, step))
            : Timed(() => measurer.Measure(_context, theta, point));
        return _cache[(point.Index, quantity)] = value;
    }

    /// <summary>The GD step size: the setting's eta, else 1/||grad^2 Lhat(theta_0)|| (a tenth of it for gradient flow).</summary>
    internal double StepSize(ProbeScope scope)
    {
        if (scope.Eta is { } eta)
        {
            return eta;
        }
        var beta = Measure(_points[0].Point, "hessian_norm_loss").Value;
        return (scope.Kind == ScopeKind.AlongGradientFlow ? 0.1 : 1.0) / beta;
    }

    private Trajectory Run(ProbeScope scope, IProgress<string>? progress, CancellationToken cancellation)
    {
        var eta = StepSize(scope);
        if (!_runs.TryGetValue((eta, scope.Steps), out var path))
        {
            progress?.Report($"running {scope.Steps} GD steps with eta = {eta:G4}");
            path = _runs[(eta, scope.Steps)] = new Trajectory(Evaluator, Theta0, Data.Targets, eta, scope.Steps, progress, cancellation);
        }
        return path;
    }

    /// <summary>The GD path of the setting's step size and step count (the path every trajectory claim sees).</summary>
    internal Trajectory SettingPath(IProgress<string>? progress = null) =>
        Run(new ProbeScope(ScopeKind.AlongGd, [], _steps, _bindings.TryGetValue("eta", out var eta) ? eta : null), progress, CancellationToken.None);

    private IEnumerable<ProbePoint> TrajectoryInside(ProbeScope scope, Func<double[], bool> inside, IProgress<string>? progress, CancellationToken cancellation)
    {
        var path = Run(scope with { Kind = ScopeKind.AlongGd }, progress, cancellation);
        var stored = path.StoredSteps.Where(s => s > 0).Order().ToList();
        var picks = Enumerable.Range(1, TrajectoryPointsInBall)
            .Select(k => stored.Count == 0 ? -1 : stored[Math.Min(stored.Count - 1, k * stored.Count / TrajectoryPointsInBall - 1)])
            .Where(s => s > 0).Distinct();
        foreach (var step in picks)
        {
            var theta = path.Parameters(step);
            if (inside(theta))
            {
                yield return Add($"gd step {step} (inside the ball)", theta, step, path);
            }
        }
    }

    private ProbePoint Add(string label, double[] theta, int? step, Trajectory? path)
    {
        var point = new ProbePoint(_points.Count, label, step);
        _points.Add((point, theta, path));
        return point;
    }

    private static Measurement Timed(Func<Measurement> measure)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var m = measure();
        return m with { Seconds = clock.Elapsed.TotalSeconds };
    }

    private static Measurement FromTrajectory(Trajectory path, string quantity, int step)
    {
        var value = path.Value(quantity, step);
        return value is { } v
            ? new Measurement(v, 0, $"recorded along GD (eta = {path.Eta:G4}, {path.Exit} at step {path.Steps})", 0, MeasurementExit.Exact, 0)
            : new Measurement(double.NaN, 0, $"{quantity} is not defined at the last GD step", 0, MeasurementExit.NotRecorded, 0);
    }
}
