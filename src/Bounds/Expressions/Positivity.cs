namespace BoundCheck.Bounds.Expressions;

/// <summary>A conservative test that an expression is positive when every symbol is positive.</summary>
internal static class Positivity
{
    public static bool IsPositive(Expr expr) => expr switch
    {
        Num n => n.Value.Sign > 0,
        Sym => true,
        Add a => IsPositive(a.Left) && IsPositive(a.Right),
        Mul m => IsPositive(m.Left) && IsPositive(m.Right),
        Div d => IsPositive(d.Left) && IsPositive(d.Right),
        Pow p => IsPositive(p.Base),
        Call { Function: Builtin.Exp } => true,
        Call { Function: Builtin.Sqrt or Builtin.Abs } c => IsPositive(c.Argument),
        Min m => IsPositive(m.Left) && IsPositive(m.Right),
        Max m => IsPositive(m.Left) || IsPositive(m.Right),
        Sub or Neg or Call or Apply or Sum => false,
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };
}
