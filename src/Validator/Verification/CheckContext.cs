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

    /// <summary>theta_0: the first point of every scope.</summary>
    public ProbePoint Init { get; } = new(0, "init", 0);

    public EvalEnvironment Environment(ProbePoint point, IEnumerable<Expr> exprs) => _values.At(point, Init, exprs);

    /// <summary>Measured vocabulary names the expressions use, directly or through definitions.</summary>
    public IReadOnlyList<string> MeasuredSymbols(IEnumerable<Expr> exprs) => _values.MeasuredSymbols(exprs);
}
