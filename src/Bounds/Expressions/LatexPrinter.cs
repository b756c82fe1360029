namespace BoundCheck.Bounds.Expressions;

/// <summary>LaTeX for people: \frac, \sqrt, Greek letters with subscripts, \log, \exp, |x|, \min, \max, \sum_{l=1}^{L}.</summary>
public static class LatexPrinter
{
    public static string Print(Expr expr) => expr switch
    {
        Num n => NumLatex(n.Value),
        Sym s => LatexNames.Name(s.Name),
        Neg n => "-" + Wrap(n.Operand, ExprPrinter.Level(n.Operand) <= ExprPrinter.UnaryLevel),
        Add a => $"{Print(a.Left)} + {Wrap(a.Right, ExprPrinter.Level(a.Right) <= ExprPrinter.SumLevel)}",
        Sub s => $"{Print(s.Left)} - {Wrap(s.Right, ExprPrinter.Level(s.Right) <= ExprPrinter.SumLevel)}",
        Mul m => Product(m),
        Div d => $"\\frac{{{Print(d.Left)}}}{{{Print(d.Right)}}}",
        Pow p => $"{Wrap(p.Base, !IsAtom(p.Base))}^{{{Print(p.Exponent)}}}",
        Call { Function: Builtin.Sqrt } c => $"\\sqrt{{{Print(c.Argument)}}}",
        Call { Function: Builtin.Abs } c => $"\\left|{Print(c.Argument)}\\right|",
        Call c => $"\\{ExprPrinter.BuiltinName(c.Function)}\\left({Print(c.Argument)}\\right)",
        Min m => $"\\min\\left({Print(m.Left)}, {Print(m.Right)}\\right)",
        Max m => $"\\max\\left({Print(m.Left)}, {Print(m.Right)}\\right)",
        Apply a => $"{LatexNames.Name(a.Name, operatorName: true)}\\left({string.Join(", ", a.Arguments.Select(Print))}\\right)",
        Sum s => $"\\sum_{{{LatexNames.Name(s.Index)}={Print(s.From)}}}^{{{Print(s.To)}}} {Wrap(s.Body, ExprPrinter.Level(s.Body) <= ExprPrinter.SumLevel)}",
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };

    // Juxtaposition reads as a product except before a number or a sign, where \cdot is needed: 2 \cdot 3, x \cdot 2.
    private static string Product(Mul m)
    {
        var left = Wrap(m.Left, ExprPrinter.Level(m.Left) < ExprPrinter.ProductLevel);
        var right = Wrap(m.Right, ExprPrinter.Level(m.Right) <= ExprPrinter.ProductLevel && m.Right is not Div);
        var needsDot = right.Length > 0 && (char.IsDigit(right[0]) || right[0] == '-' || right.StartsWith("\\frac", StringComparison.Ordinal));
        return needsDot ? $"{left} \\cdot {right}" : $"{left} {right}";
    }

    private static bool IsAtom(Expr e) => e is Sym || e is Num { Value.IsInteger: true, Value.Sign: >= 0 } || e is Apply || e is Min || e is Max
        || e is Call { Function: not Builtin.Sqrt };

    private static string Wrap(Expr e, bool parenthesise) => parenthesise ? $"\\left({Print(e)}\\right)" : Print(e);

    private static string NumLatex(Rational value)
    {
        if (value.IsInteger || value.ToDecimalString() is { } && value.Denominator <= 100)
        {
            return value.IsInteger ? value.ToString() : value.ToDecimalString()!;
        }
        var sign = value.Sign < 0 ? "-" : "";
        return $"{sign}\\frac{{{System.Numerics.BigInteger.Abs(value.Numerator)}}}{{{value.Denominator}}}";
    }
}
