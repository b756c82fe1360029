using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Validator.Verification;

/// <summary>How the report writes expressions.</summary>
internal static class Formula
{
    public static string Latex(Expr expr) => LatexPrinter.Print(expr);
}
