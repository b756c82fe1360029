using System.CommandLine;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Commands;

/// <summary><c>boundcheck show ID [--json]</c>: a theorem's statement, parameters, definitions, hypotheses and claims.</summary>
public static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Theorem id, e.g. banerjee2023.hessian" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text" };
        var command = new Command("show", "Show a theorem: statement with LaTeX, tags, and the growth of its bounds against the stated form");
        command.Add(id);
        command.Add(json);
        command.SetAction(parse =>
        {
            var theorems = TheoremLibrary.Load(console);
            if (theorems is null)
            {
                return ExitCodes.BadInput;
            }
            var wanted = parse.GetValue(id)!;
            var theorem = theorems.FirstOrDefault(t => t.Id == wanted);
            if (theorem is null)
            {
                var close = TheoremLibrary.CloseIds(wanted, theorems);
                throw new CliInputException($"unknown theorem id '{wanted}'" +
                    (close.Count > 0 ? $"; close ids: {string.Join(", ", close)}" : "; run 'boundcheck list' for the ids"));
            }
            var view = TheoremView.Of(theorem);
            console.Out.WriteLine(parse.GetValue(json) ? JsonOutput.Serialize(view) : TheoremText.Render(view));
            return ExitCodes.Ok;
        });
        return command;
    }
}
