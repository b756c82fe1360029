namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// The leading behaviour of an expression as one variable v goes to infinity with every other symbol fixed and
/// positive. Read as an order of growth up to a constant factor (for sums of positive terms it is exact; differences
/// are bounded by sums, so cancellations are not detected).
/// </summary>
public abstract record Growth
{
    /// <summary>~ C v^Exponent (log v)^LogExponent. Power(0, 0) is "bounded" (also used for decaying exponentials).</summary>
    public sealed record Power(Rational Exponent, Rational LogExponent) : Growth
    {
        public static Power Constant { get; } = new(0, 0);
    }

    /// <summary>
    /// ~ Base^v * Factor(v), with Factor a Power or Polynomial. When IfBaseAtMostOne is null, Base is known to be
    /// greater than 1. When nothing is known about Base against 1, the growth is this exponential if Base &gt; 1, and
    /// IfBaseAtMostOne (the analysis redone under "root symbol &lt;= 1") otherwise.
    /// </summary>
    public sealed record Exponential(Expr Base, Growth Factor, Growth? IfBaseAtMostOne = null) : Growth;

    /// <summary>An unspecified polynomial, from poly(v) in a stated O-form.</summary>
    public sealed record Polynomial : Growth;

    /// <summary>Not derivable; Reason says why.</summary>
    public sealed record Unknown(string Reason) : Growth;

    /// <summary>"v^(-1/2) (log v)^(1/2)", "gamma^6^L * L^1", "poly(L)", "unknown: ...".</summary>
    public string Describe(string variable) => this switch
    {
        Power { Exponent.IsZero: true, LogExponent.IsZero: true } => "bounded",
        Power p => string.Join(" ", new[]
        {
            p.Exponent.IsZero ? null : $"{variable}^({p.Exponent})",
            p.LogExponent.IsZero ? null : $"log({variable})^({p.LogExponent})",
        }.Where(x => x is not null)),
        Exponential e => $"({ExprPrinter.Print(e.Base)})^{variable}" +
            (e.Factor is Power { Exponent.IsZero: true, LogExponent.IsZero: true } ? "" : " * " + e.Factor.Describe(variable)) +
            (e.IfBaseAtMostOne is null ? "" : $" if {ExprPrinter.Print(e.Base)} > 1, else {e.IfBaseAtMostOne.Describe(variable)}"),
        Polynomial => $"poly({variable})",
        Unknown u => $"unknown: {u.Reason}",
        _ => throw new InvalidOperationException(GetType().Name),
    };
}
