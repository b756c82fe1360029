using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>The applied (non-builtin) functions of an expression with their argument counts.</summary>
internal static class ExprSymbols
{
    public static IReadOnlyList<(string Name, int Arity)> Calls(Expr expr)
    {
        var calls = new List<(string, int)>();
        Visit(expr, calls);
        return calls.Distinct().ToList();
    }

    private static void Visit(Expr expr, List<(string, int)> calls)
    {
        if (expr is Apply a)
        {
            calls.Add((a.Name, a.Arguments.Count));
        }
        ExprMap.Children(expr, child =>
        {
            Visit(child, calls);
            return child;
        });
    }
}
