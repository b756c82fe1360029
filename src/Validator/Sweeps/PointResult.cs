using System.Text.Json.Serialization;

namespace BoundCheck.Validator.Sweeps;

/// <summary>Outcome of one sweep point.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PointStatus>))]
public enum PointStatus
{
    /// <summary>The evaluator returned metrics (which may contain NaN).</summary>
    [JsonStringEnumMemberName("ok")] Ok,
    /// <summary>The evaluator threw; Message holds the exception's type and message.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>One finished sweep point: one line of the store.</summary>
/// <param name="Key">The point's stable key (<see cref="SweepPoint.Key"/>).</param>
/// <param name="Parameters">Axis values (without the seed).</param>
/// <param name="Seed">The point's seed.</param>
/// <param name="Metrics">Measured quantities, name -> value; NaN allowed.</param>
/// <param name="Seconds">Wall time of the evaluation.</param>
public sealed record PointResult(
    string Key,
    IReadOnlyDictionary<string, double> Parameters,
    int Seed,
    IReadOnlyDictionary<string, double> Metrics,
    PointStatus Status,
    string? Message,
    double Seconds);

/// <summary>
/// Computes the metrics of one point. Throwing records the point as failed; throwing
/// <see cref="OperationCanceledException"/> after cancellation records nothing (the point stays missing).
/// </summary>
public interface ISweepEvaluator
{
    /// <summary>Measures the point; must be deterministic given the point (seed included) and thread-safe.</summary>
    IReadOnlyDictionary<string, double> Evaluate(SweepPoint point, CancellationToken cancellationToken);
}

/// <summary>Adapts a delegate to <see cref="ISweepEvaluator"/>.</summary>
public sealed class DelegateEvaluator(Func<SweepPoint, CancellationToken, IReadOnlyDictionary<string, double>> evaluate) : ISweepEvaluator
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Evaluate(SweepPoint point, CancellationToken cancellationToken) =>
        evaluate(point, cancellationToken);
}

/// <summary>The one rule for duplicate keys: the first ok record wins; failing that, the first failed one.</summary>
internal static class RecordPreference
{
    /// <summary>True when <paramref name="candidate"/> should replace <paramref name="existing"/> (null = none yet).</summary>
    public static bool Replaces(PointResult candidate, PointResult? existing) =>
        existing is null || (existing.Status == PointStatus.Failed && candidate.Status == PointStatus.Ok);
}
