using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification;

/// <summary>What every claim of one theorem at one setting shares: the probe, the theorem's instantiation, the init point.</summary>
internal sealed class CheckContext(SettingSpec spec, ISettingProbe probe, Instantiation instantiation, double? eta)
{
    private readonly PointValues _values = new(probe, instantiation);

    public SettingSpec Spec { get; } = spec;
    public ISettingProbe Probe { get; } = probe;
    public double? Eta { get; } = eta;
    public Definitions Definitions { get; } = instantiation.Environment.Definitions;

    /// <summary>theta_0: the first point of every scope.</summary>
    public ProbePoint Init { get; } = new(0, "init", 0);

    public EvalEnvironment Environment(ProbePoint point, IEnumerable<Expr> exprs) => _values.At(point, Init, exprs);

    /// <summary>Measured vocabulary names the expressions use, directly or through definitions.</summary>
    public IReadOnlyList<string> MeasuredSymbols(IEnumerable<Expr> exprs) => _values.MeasuredSymbols(exprs);

    /// <summary>
    /// The absolute error bar of every measured symbol of <paramref name="exprs"/> at <paramref name="point"/>. An
    /// estimated constant (pl_alpha_estimate, smoothness_estimate) stands in the theorem for its value: hypotheses are
    /// decided at that value (eta = 1/beta-hat makes eta beta-hat = 1 by construction), and the estimate's own error,
    /// whose direction dominates its numerical error bar, is named with every claim that uses it.
    /// </summary>
    public IReadOnlyDictionary<string, double> Errors(ProbePoint point, IEnumerable<Expr> exprs) =>
        _values.Measured(point, Init, exprs).Where(kv => Bounds.Theorems.Vocabulary.Facts(kv.Key)?.Estimate is null)
            .ToDictionary(kv => kv.Key, kv => ErrorBar(kv.Value), StringComparer.Ordinal);

    // A certified spectral value's error bar is the wider side of its certified interval (infinite without a certificate's
    // upper end), so a hypothesis on it is decided at the certified ends, as a claim is.
    private static double ErrorBar(Measurement m) =>
        m.Certificate is { } c ? Math.Max(c.Upper - m.Value, m.Value - c.Lower) : m.Error;
}
