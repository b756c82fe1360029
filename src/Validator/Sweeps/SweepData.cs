using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Sweeps;

/// <summary>Turns stored sweep records into observations for the statistics.</summary>
public static class SweepData
{
    /// <summary>
    /// (x = parameter <paramref name="variable"/>, y = metric <paramref name="metric"/>, seed) for every ok record
    /// that has both and passes <paramref name="where"/> (e.g. fixing the other axes). NaN metrics are kept (the
    /// fit counts and excludes them).
    /// </summary>
    public static IReadOnlyList<Observation> Observations(
        IEnumerable<PointResult> records, string variable, string metric, Func<PointResult, bool>? where = null) =>
        records
            .Where(r => r.Status == PointStatus.Ok && (where?.Invoke(r) ?? true))
            .Where(r => r.Parameters.ContainsKey(variable) && r.Metrics.ContainsKey(metric))
            .Select(r => new Observation(r.Parameters[variable], r.Metrics[metric], r.Seed))
            .ToList();
}
