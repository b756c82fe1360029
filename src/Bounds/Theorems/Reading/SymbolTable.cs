using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>
/// The names a theorem has declared so far (parameters, constants, functions with their arity). Every expression
/// is checked when it is read, so a name must be declared above its first use; anything else is a load error.
/// </summary>
internal sealed class SymbolTable(Action<int, int, string> error)
{
    private readonly HashSet<string> constants = [];
    private readonly Dictionary<string, int> functions = [];

    /// <summary>Declares a constant (arity 0) or a function of <paramref name="arity"/> arguments.</summary>
    public void Add(string name, int arity)
    {
        if (arity == 0)
        {
            constants.Add(name);
        }
        else
        {
            functions[name] = arity;
        }
    }

    public void Remove(string name)
    {
        constants.Remove(name);
        functions.Remove(name);
    }

    /// <summary>Records an error for every unknown symbol or function in <paramref name="expr"/>.</summary>
    /// <param name="locals">Names bound locally (a function definition's parameters).</param>
    /// <param name="allowPoly">True in stated forms, where poly(L) is an unspecified polynomial.</param>
    /// <param name="declaredOnly">True for parameter defaults: only declared quantities of the vocabulary.</param>
    public void Check(Expr expr, Span where, IReadOnlyCollection<string> locals, bool allowPoly = false, bool declaredOnly = false)
    {
        foreach (var name in FreeSymbols.Names(expr))
        {
            var quantity = Vocabulary.Find(name);
            var ok = declaredOnly
                ? quantity?.Kind == QuantityKind.Declared
                : constants.Contains(name) || locals.Contains(name) || quantity is not null;
            if (!ok)
            {
                error(where.Line, where.ColumnOf(name), declaredOnly
                    ? $"unknown declared quantity '{name}': a parameter default may only use declared quantities (activation.*, init.*, data.*)"
                    : functions.ContainsKey(name)
                        ? $"'{name}' is a function: expected arguments, e.g. {name}(...)"
                        : $"unknown symbol '{name}': expected a parameter, a definition declared above, or a quantity of the vocabulary");
            }
        }
        foreach (var (name, arity) in ExprSymbols.Calls(expr))
        {
            if (allowPoly && name == "poly" && arity == 1)
            {
                continue;
            }
            if (!functions.TryGetValue(name, out var expected))
            {
                error(where.Line, where.ColumnOf(name), $"unknown function '{name}': expected a function defined above with 'define {name}(...) = ...'" +
                    (allowPoly ? "" : " (poly(L) is only allowed in stated forms and 'constant unknown')"));
            }
            else if (expected != arity)
            {
                error(where.Line, where.ColumnOf(name), $"function '{name}' takes {expected} argument(s), not {arity}");
            }
        }
    }
}
