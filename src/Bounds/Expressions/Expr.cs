namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// An immutable symbolic expression. Nodes are sealed records with structural equality; every operation
/// (print, LaTeX, substitute, evaluate, simplify, differentiate, growth) is one static class with a switch over them.
/// </summary>
public abstract record Expr
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> on a syntax error (for programmer use).</summary>
    public static Expr Parse(string text) => ExprParser.Parse(text).ValueOrThrow();

    /// <summary>Parses with line/column positions offset so that errors point into a containing file.</summary>
    public static ParseOutcome TryParse(string text, int firstLine = 1, int firstColumn = 1) =>
        ExprParser.Parse(text, firstLine, firstColumn);

    /// <summary>Plain text that parses back to this expression.</summary>
    public sealed override string ToString() => ExprPrinter.Print(this);

    public static implicit operator Expr(int value) => new Num(value);
    public static Expr operator +(Expr a, Expr b) => new Add(a, b);
    public static Expr operator -(Expr a, Expr b) => new Sub(a, b);
    public static Expr operator -(Expr a) => new Neg(a);
    public static Expr operator *(Expr a, Expr b) => new Mul(a, b);
    public static Expr operator /(Expr a, Expr b) => new Div(a, b);
}

/// <summary>The built-in functions of one argument; <c>Log</c> is the natural logarithm.</summary>
public enum Builtin
{
    Sqrt,
    Exp,
    Log,
    Abs,
}

/// <summary>An exact rational literal.</summary>
public sealed record Num(Rational Value) : Expr;

/// <summary>A symbol: identifier, Greek letter or dotted constant name (activation.lipschitz).</summary>
public sealed record Sym(string Name) : Expr;

/// <summary>-Operand.</summary>
public sealed record Neg(Expr Operand) : Expr;

/// <summary>Left + Right.</summary>
public sealed record Add(Expr Left, Expr Right) : Expr;

/// <summary>Left - Right.</summary>
public sealed record Sub(Expr Left, Expr Right) : Expr;

/// <summary>Left * Right.</summary>
public sealed record Mul(Expr Left, Expr Right) : Expr;

/// <summary>Left / Right.</summary>
public sealed record Div(Expr Left, Expr Right) : Expr;

/// <summary>Base ^ Exponent.</summary>
public sealed record Pow(Expr Base, Expr Exponent) : Expr;

/// <summary>A built-in function applied to one argument: sqrt, exp, log, abs.</summary>
public sealed record Call(Builtin Function, Expr Argument) : Expr;

/// <summary>min(Left, Right).</summary>
public sealed record Min(Expr Left, Expr Right) : Expr;

/// <summary>max(Left, Right).</summary>
public sealed record Max(Expr Left, Expr Right) : Expr;

/// <summary>A named (user-defined or unspecified) function applied to arguments: h(l), poly(L).</summary>
public sealed record Apply(string Name, ExprList Arguments) : Expr;

/// <summary>sum(Index = From..To, Body): the sum of Body over the integers From..To (empty when To &lt; From).</summary>
public sealed record Sum(string Index, Expr From, Expr To, Expr Body) : Expr;
