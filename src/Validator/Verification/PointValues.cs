using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>The evaluation environment of a theorem at one probed point: bindings, declared and measured values.</summary>
internal sealed class PointValues(ISettingProbe probe, IReadOnlyDictionary<string, double> bindings, Definitions definitions)
{
    /// <summary>Measured quantities that never change from point to point (per data set, per seed, per run).</summary>
    public static bool IsPointDependent(string quantity) =>
        Vocabulary.Find(quantity)?.Aggregation is { } a && (a.Contains("per step", StringComparison.Ordinal) || a.Contains("probed point", StringComparison.Ordinal));

    /// <summary>The environment at <paramref name="point"/> with every measured symbol of <paramref name="exprs"/> measured there.</summary>
    public EvalEnvironment At(ProbePoint point, ProbePoint init, IEnumerable<Expr> exprs)
    {
        var values = new Dictionary<string, double>(bindings, StringComparer.Ordinal);
        foreach (var (name, measurement) in Measured(point, init, exprs))
        {
            values[name] = measurement.Value;
        }
        return new EvalEnvironment(values, definitions);
    }

    /// <summary>The measurement behind every measured symbol of <paramref name="exprs"/> at <paramref name="point"/> (cached by the probe).</summary>
    public IReadOnlyDictionary<string, Measurement> Measured(ProbePoint point, ProbePoint init, IEnumerable<Expr> exprs) =>
        MeasuredSymbols(exprs).ToDictionary(name => name, name => probe.Measure(IsPointDependent(name) ? point : init, name), StringComparer.Ordinal);

    /// <summary>Measured vocabulary names used by the expressions, directly or through definitions.</summary>
    public IReadOnlyList<string> MeasuredSymbols(IEnumerable<Expr> exprs) =>
        exprs.Select(e => Inliner.Inline(e, definitions))
            .SelectMany(e => FreeSymbols.Names(e))
            .Where(Vocabulary.IsMeasured)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
