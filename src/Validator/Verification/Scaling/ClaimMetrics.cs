using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Verification.Scaling;

/// <summary>
/// The metric names a sweep point stores per claim (<c>&lt;claim&gt;.measured</c>, <c>.bound</c>, <c>.error</c>,
/// <c>.verdict</c>, <c>.implied</c>, <c>.tightness</c>, <c>.low</c>/<c>.high</c> for rates) and per binding
/// (<c>bind.&lt;name&gt;</c>), and how a <see cref="TheoremCheck"/> becomes them.
/// </summary>
public static class ClaimMetrics
{
    /// <summary>Prefix of the resolved parameter values stored with every point (fits evaluate bases with them).</summary>
    public const string BindingPrefix = "bind.";

    /// <summary>Metric name of a claim's field, e.g. ("hessian", "measured") -> "hessian.measured".</summary>
    public static string Name(string claim, string field) => $"{claim}.{field}";

    /// <summary>The metrics of one checked setting; absent values are NaN so every point has the same keys.</summary>
    public static Dictionary<string, double> From(TheoremCheck check)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in check.Claims)
        {
            metrics[Name(c.Claim, "measured")] = c.Measured ?? double.NaN;
            metrics[Name(c.Claim, "bound")] = c.Bound ?? double.NaN;
            metrics[Name(c.Claim, "error")] = c.Method?.ErrorBound ?? double.NaN;
            metrics[Name(c.Claim, "verdict")] = (int)c.Verdict;
            metrics[Name(c.Claim, "implied")] = c.ImpliedConstant ?? double.NaN;
            metrics[Name(c.Claim, "tightness")] = c.Tightness ?? double.NaN;
            metrics[Name(c.Claim, "certificate")] = c.Certificate?.ToMetric() ?? double.NaN;
            metrics[Name(c.Claim, "sampled")] = c.Search?.SampledWorst ?? double.NaN;
            metrics[Name(c.Claim, "searched")] = c.Search?.SearchedWorst ?? double.NaN;
            metrics[Name(c.Claim, "search_budget")] = c.Search?.Budget ?? double.NaN;
            metrics[Name(c.Claim, "search_evaluations")] = c.Search?.Evaluations ?? double.NaN;
            metrics[Name(c.Claim, "search_accepted")] = c.Search?.Accepted ?? double.NaN;
            metrics[Name(c.Claim, "search_seconds")] = c.Search?.Seconds ?? double.NaN;
        }
        foreach (var (name, value) in check.Bindings)
        {
            metrics[BindingPrefix + name] = value;
        }
        return metrics;
    }

    /// <summary>The search summary of a claim at one sweep point (its labels name the point), or null when it ran no search.</summary>
    public static SearchSummary? Search(PointResult record, string claim, bool upper)
    {
        var searched = Value(record, claim, "searched");
        return double.IsNaN(searched) && double.IsNaN(Value(record, claim, "search_budget")) ? null
            : new SearchSummary(Value(record, claim, "sampled"), $"the worst probed point of {record.Key}", searched,
                $"the end of the search at {record.Key}", "the worst probed points", upper ? "ascent" : "descent",
                (int)Value(record, claim, "search_budget"), (int)Value(record, claim, "search_evaluations"),
                (int)Value(record, claim, "search_accepted"), Value(record, claim, "search_seconds"));
    }

    /// <summary>The verdict stored in a record for a claim, or null when the record has none.</summary>
    public static Verdict? VerdictOf(PointResult record, string claim) =>
        record.Metrics.TryGetValue(Name(claim, "verdict"), out var code) && Enum.IsDefined(typeof(Verdict), (int)code)
            ? (Verdict)(int)code
            : null;

    /// <summary>A claim field of a record, NaN when absent.</summary>
    public static double Value(PointResult record, string claim, string field) =>
        record.Metrics.TryGetValue(Name(claim, field), out var v) ? v : double.NaN;

    /// <summary>The stored bindings of a record (the <c>bind.</c> metrics without their prefix).</summary>
    public static Dictionary<string, double> Bindings(PointResult record) =>
        record.Metrics.Where(kv => kv.Key.StartsWith(BindingPrefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[BindingPrefix.Length..], kv => kv.Value, StringComparer.Ordinal);
}
