using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>The evaluation environment of a theorem at one probed point: bindings, declared and measured values.</summary>
internal sealed class PointValues(ISettingProbe probe, Instantiation instantiation)
{
    /// <summary>Measured quantities that never change from point to point (per data set, per seed, per run).</summary>
    public static bool IsPointDependent(string quantity) =>
        Vocabulary.Find(quantity)?.Aggregation.IsPointDependent() == true;

    /// <summary>The environment at <paramref name="point"/> with every measured symbol of <paramref name="exprs"/> measured there.</summary>
    public EvalEnvironment At(ProbePoint point, ProbePoint init, IEnumerable<Expr> exprs)
    {
        var measured = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, measurement) in Measured(point, init, exprs))
        {
            measured[name] = measurement.Value;
        }
        return instantiation.With(measured).Environment;
    }

    /// <summary>The measurement behind every measured symbol of <paramref name="exprs"/> at <paramref name="point"/> (cached by the probe).</summary>
    public IReadOnlyDictionary<string, Measurement> Measured(ProbePoint point, ProbePoint init, IEnumerable<Expr> exprs) =>
        MeasuredSymbols(exprs).ToDictionary(name => name, name => probe.Measure(IsPointDependent(name) ? point : init, name), StringComparer.Ordinal);

    /// <summary>Measured vocabulary names used by the expressions, directly or through definitions.</summary>
    public IReadOnlyList<string> MeasuredSymbols(IEnumerable<Expr> exprs) =>
        exprs.Select(e => Inliner.Inline(e, instantiation.Environment.Definitions))
            .SelectMany(e => FreeSymbols.Names(e))
            .Where(Vocabulary.IsMeasured)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
