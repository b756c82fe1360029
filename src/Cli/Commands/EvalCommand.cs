using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Commands;

/// <summary><c>boundcheck eval "EXPR" [--set NAME=VALUE]... [--latex] [--growth VAR] [--assume FACT]... [--json]</c>.</summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string>("expression") { Description = "The expression, e.g. \"c_H / sqrt(m)\"" };
        var set = new Option<string[]>("--set") { Description = "A symbol value NAME=VALUE (repeatable)", AllowMultipleArgumentsPerToken = false };
        var latex = new Option<bool>("--latex") { Description = "Print the expression as LaTeX" };
        var growth = new Option<string?>("--growth") { Description = "Print the leading growth in this variable" };
        var assume = new Option<string[]>("--assume") { Description = "A fact for --growth, e.g. \"gamma<=1\" (repeatable)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("eval", "Evaluate an expression, print it as LaTeX, or give its growth in a variable.")
        {
            expression, set, latex, growth, assume, json,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(expression)!,
            parse.GetValue(set) ?? [],
            parse.GetValue(latex),
            parse.GetValue(growth),
            parse.GetValue(assume) ?? [],
            parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string text, string[] sets, bool latex, string? growthVariable, string[] facts, bool json)
    {
        var parsed = ExprParser.Parse(text);
        if (parsed.Value is null)
        {
            throw new CliInputException($"eval: {parsed.Error!.Message}");
        }
        var expr = parsed.Value;
        var values = sets.Select(ParseSet).ToDictionary(kv => kv.Key, kv => kv.Value);
        var output = new JsonObject();
        var lines = new List<string>();
        // Evaluate unless only LaTeX or growth was asked for.
        if (values.Count > 0 || (!latex && growthVariable is null))
        {
            var outcome = Evaluator.Evaluate(expr, values);
            if (outcome.Error is not null)
            {
                throw new CliInputException($"eval: {outcome.Error.Message}");
            }
            output["value"] = outcome.Value;
            lines.Add(outcome.Value.ToString("R", CultureInfo.InvariantCulture));
        }
        if (latex)
        {
            var tex = LatexPrinter.Print(expr);
            output["latex"] = tex;
            lines.Add(tex);
        }
        if (growthVariable is not null)
        {
            var assumptions = new GrowthAssumptions([.. facts.Select(f =>
                GrowthFact.TryParse(f) ?? throw new CliInputException($"eval: cannot read --assume '{f}': expected NAME<=NUMBER, <, =, >= or >"))]);
            var g = GrowthAnalyzer.Analyze(Substitution.Replace(expr, values.ToDictionary(kv => kv.Key, kv => (Expr)new Num(ToRational(kv.Value)))),
                growthVariable, null, assumptions);
            output["growth"] = GrowthJson.ToJson(g, growthVariable);
            lines.Add($"growth in {growthVariable}: {g.Describe(growthVariable)}");
        }
        if (json)
        {
            console.Out.WriteLine(output.ToJsonString());
        }
        else
        {
            lines.ForEach(console.Out.WriteLine);
        }
        return ExitCodes.Ok;
    }

    private static KeyValuePair<string, double> ParseSet(string text)
    {
        var eq = text.IndexOf('=');
        if (eq <= 0 || !double.TryParse(text[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliInputException($"eval: cannot read --set '{text}': expected NAME=NUMBER");
        }
        return new(text[..eq].Trim(), value);
    }

    private static Rational ToRational(double value) =>
        Rational.ParseDecimal(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture)) * (value < 0 ? -1 : 1);
}
