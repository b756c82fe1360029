namespace BoundCheck.Bounds.Expressions;

/// <summary>A syntax error at a 1-based line and column: "expected X but found Y".</summary>
public sealed record ExprParseError(int Line, int Column, string Expected, string Found)
{
    /// <summary>"1:7: expected ')' but found end of input".</summary>
    public string Message => $"{Line}:{Column}: expected {Expected} but found {Found}";

    public override string ToString() => Message;
}

/// <summary>The result of parsing: an expression or an error (errors are data).</summary>
public sealed record ParseOutcome(Expr? Value, ExprParseError? Error)
{
    public bool Succeeded => Value is not null;

    /// <summary>The expression, or a <see cref="FormatException"/> with the error message.</summary>
    public Expr ValueOrThrow() => Value ?? throw new FormatException(Error!.Message);
}
