using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>What the readers of one theorem block share: the error sink and the names declared so far.</summary>
internal sealed class ReadContext
{
    public ReadContext(Action<int, int, string> error)
    {
        Error = error;
        Symbols = new SymbolTable(error);
    }

    public Action<int, int, string> Error { get; }

    public SymbolTable Symbols { get; }

    /// <summary>Parses an expression span with the Expressions parser (errors placed in the file) and checks its names.</summary>
    public Expr? Parse(Span span, IReadOnlyCollection<string>? locals = null, bool allowPoly = false, bool declaredOnly = false)
    {
        if (span.Text.Trim().Length == 0)
        {
            Error(span.Line, span.Column, "expected an expression");
            return null;
        }
        var outcome = Expr.TryParse(span.Text, span.Line, span.Column);
        if (outcome.Error is { } e)
        {
            Error(e.Line, e.Column, $"expected {e.Expected} but found {e.Found}");
            return null;
        }
        Symbols.Check(outcome.Value!, span, locals ?? [], allowPoly, declaredOnly);
        return outcome.Value;
    }
}
