namespace BoundCheck.Bounds.Expressions;

/// <summary>Symbol values and definitions to evaluate an expression in. Values take precedence over definitions.</summary>
public sealed record EvalEnvironment(IReadOnlyDictionary<string, double> Values, Definitions Definitions)
{
    public static EvalEnvironment Of(IReadOnlyDictionary<string, double> values, Definitions? definitions = null) =>
        new(values, definitions ?? Definitions.Empty);
}

/// <summary>A failed evaluation: every unbound symbol and unknown function, or another reason (data, not exception).</summary>
public sealed record EvalError(IReadOnlyList<string> UnboundSymbols, IReadOnlyList<string> UnknownFunctions, string? Reason)
{
    public string Message => string.Join("; ", new[]
    {
        UnboundSymbols.Count > 0 ? $"unbound symbol(s): {string.Join(", ", UnboundSymbols)}" : null,
        UnknownFunctions.Count > 0 ? $"unknown function(s): {string.Join(", ", UnknownFunctions)}" : null,
        Reason,
    }.Where(m => m is not null));
}

/// <summary>A value or an error.</summary>
public sealed record EvalOutcome(double Value, EvalError? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Evaluates to double. Sums loop over integer bounds (bounds within 1e-9 of an integer are rounded, else an error);
/// an unbound symbol anywhere makes the whole evaluation an error listing all of them.
/// </summary>
public static class Evaluator
{
    private const double IntegerSlack = 1e-9;

    public static EvalOutcome Evaluate(Expr expr, EvalEnvironment environment)
    {
        var cycle = environment.Definitions.FindCycle();
        if (cycle is not null)
        {
            return Fail(new Context(environment), $"definition cycle: {string.Join(" -> ", cycle)}");
        }
        var context = new Context(environment);
        var value = Eval(expr, context, new Dictionary<string, double>());
        return context.Unbound.Count + context.Unknown.Count > 0 || context.Reason is not null
            ? Fail(context, context.Reason)
            : new EvalOutcome(value, null);
    }

    /// <summary>Evaluates with symbol values only.</summary>
    public static EvalOutcome Evaluate(Expr expr, IReadOnlyDictionary<string, double> values) =>
        Evaluate(expr, EvalEnvironment.Of(values));

    private static EvalOutcome Fail(Context c, string? reason) =>
        new(double.NaN, new EvalError([.. c.Unbound], [.. c.Unknown], reason));

    private static double Eval(Expr expr, Context c, Dictionary<string, double> locals) => expr switch
    {
        Num n => n.Value.ToDouble(),
        Sym s => Lookup(s.Name, c, locals),
        Neg n => -Eval(n.Operand, c, locals),
        Add a => Eval(a.Left, c, locals) + Eval(a.Right, c, locals),
        Sub s => Eval(s.Left, c, locals) - Eval(s.Right, c, locals),
        Mul m => Eval(m.Left, c, locals) * Eval(m.Right, c, locals),
        Div d => Eval(d.Left, c, locals) / Eval(d.Right, c, locals),
        Pow p => Math.Pow(Eval(p.Base, c, locals), Eval(p.Exponent, c, locals)),
        Call call => Builtins(call.Function, Eval(call.Argument, c, locals)),
        Min m => Math.Min(Eval(m.Left, c, locals), Eval(m.Right, c, locals)),
        Max m => Math.Max(Eval(m.Left, c, locals), Eval(m.Right, c, locals)),
        Apply a => ApplyDefinition(a, c, locals),
        Sum s => EvalSum(s, c, locals),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };

    internal static double Builtins(Builtin function, double x) => function switch
    {
        Builtin.Sqrt => Math.Sqrt(x),
        Builtin.Exp => Math.Exp(x),
        Builtin.Log => Math.Log(x),
        Builtin.Abs => Math.Abs(x),
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    private static double Lookup(string name, Context c, Dictionary<string, double> locals)
    {
        if (locals.TryGetValue(name, out var local))
        {
            return local;
        }
        if (c.Environment.Values.TryGetValue(name, out var value))
        {
            return value;
        }
        if (c.Environment.Definitions.TryGet(name, out var d) && d.Parameters.Count == 0)
        {
            return Eval(d.Body, c, []);
        }
        c.Unbound.Add(name);
        return double.NaN;
    }

    private static double ApplyDefinition(Apply a, Context c, Dictionary<string, double> locals)
    {
        var args = a.Arguments.Select(x => Eval(x, c, locals)).ToArray();
        if (!c.Environment.Definitions.TryGet(a.Name, out var d))
        {
            c.Unknown.Add(a.Name);
            return double.NaN;
        }
        if (d.Parameters.Count != args.Length)
        {
            c.Reason ??= $"{a.Name} takes {d.Parameters.Count} argument(s) but was given {args.Length}";
            return double.NaN;
        }
        // Lexical scope: the body sees its parameters and the global values, not the caller's locals.
        var scope = d.Parameters.Select((p, i) => (p, args[i])).ToDictionary(t => t.p, t => t.Item2);
        return Eval(d.Body, c, scope);
    }

    private static double EvalSum(Sum s, Context c, Dictionary<string, double> locals)
    {
        var from = Eval(s.From, c, locals);
        var to = Eval(s.To, c, locals);
        var inner = new Dictionary<string, double>(locals);
        if (double.IsNaN(from) || double.IsNaN(to))
        {
            // Still visit the body once so that every unbound symbol is reported.
            inner[s.Index] = double.NaN;
            Eval(s.Body, c, inner);
            return double.NaN;
        }
        var (lo, hi) = (Math.Round(from), Math.Round(to));
        if (Math.Abs(from - lo) > IntegerSlack || Math.Abs(to - hi) > IntegerSlack)
        {
            c.Reason ??= $"sum over {s.Index} has non-integer bounds {from}..{to}";
            return double.NaN;
        }
        var total = 0.0;
        for (var i = lo; i <= hi; i++)
        {
            inner[s.Index] = i;
            total += Eval(s.Body, c, inner);
        }
        return total;
    }

    private sealed class Context(EvalEnvironment environment)
    {
        public EvalEnvironment Environment { get; } = environment;
        public SortedSet<string> Unbound { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);
        public string? Reason { get; set; }
    }
}
