namespace BoundCheck.Bounds.Expressions;

/// <summary>Plain-text printer with minimal parentheses: ExprParser.Parse(Print(e)) == e for parser output.</summary>
public static class ExprPrinter
{
    // Binding strength: sums 1, products 2, unary minus 3, powers 4, atoms 5.
    internal const int SumLevel = 1;
    internal const int ProductLevel = 2;
    internal const int UnaryLevel = 3;
    internal const int PowerLevel = 4;
    internal const int AtomLevel = 5;

    public static string Print(Expr expr) => expr switch
    {
        Num n => NumText(n.Value),
        Sym s => s.Name,
        Neg n => "-" + Wrap(n.Operand, Level(n.Operand) <= UnaryLevel),
        Add a => Binary(a.Left, " + ", a.Right, SumLevel),
        Sub s => Binary(s.Left, " - ", s.Right, SumLevel),
        Mul m => Binary(m.Left, " * ", m.Right, ProductLevel),
        Div d => Binary(d.Left, " / ", d.Right, ProductLevel),
        Pow p => Wrap(p.Base, Level(p.Base) <= PowerLevel) + "^" + Wrap(p.Exponent, Level(p.Exponent) < PowerLevel),
        Call c => $"{BuiltinName(c.Function)}({Print(c.Argument)})",
        Min m => $"min({Print(m.Left)}, {Print(m.Right)})",
        Max m => $"max({Print(m.Left)}, {Print(m.Right)})",
        Apply a => $"{a.Name}({string.Join(", ", a.Arguments.Select(Print))})",
        Sum s => $"sum({s.Index} = {Print(s.From)}..{Print(s.To)}, {Print(s.Body)})",
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };

    /// <summary>The lowercase name of a built-in function as written in expressions.</summary>
    public static string BuiltinName(Builtin function) => function.ToString().ToLowerInvariant();

    /// <summary>How tightly the printed form of <paramref name="expr"/> binds (see the level constants).</summary>
    internal static int Level(Expr expr) => expr switch
    {
        Add or Sub => SumLevel,
        Mul or Div => ProductLevel,
        Num { Value.Sign: < 0 } => UnaryLevel,
        Num { Value.IsInteger: false } n when n.Value.ToDecimalString() is null => ProductLevel,
        Neg => UnaryLevel,
        Pow => PowerLevel,
        _ => AtomLevel,
    };

    // Left-associative binary operators: the right operand needs parentheses at equal strength.
    private static string Binary(Expr left, string op, Expr right, int level) =>
        Wrap(left, Level(left) < level) + op + Wrap(right, Level(right) <= level);

    private static string Wrap(Expr e, bool parenthesise) => parenthesise ? $"({Print(e)})" : Print(e);

    private static string NumText(Rational value) => value.ToDecimalString() ?? value.ToString();
}
