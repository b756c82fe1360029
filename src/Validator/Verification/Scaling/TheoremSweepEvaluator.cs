using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// Evaluates one sweep point: the grid values are added to the setting's bindings (they override --set), the seed
/// replaces the setting's, <see cref="TheoremChecker.Check"/> runs, and every claim becomes metrics
/// (<see cref="ClaimMetrics"/>). A check that reports bad input throws (the point is recorded as failed).
/// </summary>
public sealed class TheoremSweepEvaluator(Theorem theorem, SettingSpec baseSpec, Func<IProbeFactory> factory) : ISweepEvaluator
{
    /// <summary>The setting of one point.</summary>
    public SettingSpec SpecOf(SweepPoint point)
    {
        var bindings = new Dictionary<string, double>(baseSpec.Bindings, StringComparer.Ordinal);
        foreach (var (name, value) in point.Values)
        {
            bindings[name] = value;
        }
        return baseSpec with { Bindings = bindings, Seed = point.Seed };
    }

    /// <summary>
    /// Relative cost of a point for the time estimate: the GEMM work L m^2 of its network (the products of every
    /// probed quantity scale with it) plus a fixed per-point overhead worth a width-256 layer.
    /// </summary>
    public double Cost(SweepPoint point)
    {
        var bindings = SpecOf(point).Bindings;
        double Value(string name) => bindings.TryGetValue(name, out var v) ? v : SettingBindings.CommonDefaults[name];
        var m = Value("m");
        return Value("L") * m * m + 256.0 * 256.0;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Evaluate(SweepPoint point, CancellationToken cancellationToken)
    {
        // A factory per point: factories cache data and are not thread-safe; points may run in parallel.
        var check = TheoremChecker.Check(theorem, SpecOf(point), factory(), strict: true, progress: null, cancellationToken);
        if (check.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", check.Errors));
        }
        return ClaimMetrics.From(check);
    }
}
