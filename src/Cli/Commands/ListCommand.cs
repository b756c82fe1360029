using System.CommandLine;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Commands;

/// <summary><c>boundcheck list [--json]</c>: the theorem library, one line per theorem.</summary>
public static class ListCommand
{
    /// <summary>One theorem of the listing.</summary>
    public sealed record Entry(string Id, string Title, string Source, string Model, string Status, string Provenance, IReadOnlyList<string> Claims);

    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text" };
        var command = new Command("list", "List the theorems of the library with source and provenance summary");
        command.Add(json);
        command.SetAction(parse =>
        {
            var theorems = TheoremLibrary.Load(console);
            if (theorems is null)
            {
                return ExitCodes.BadInput;
            }
            var entries = theorems.Select(ToEntry).ToList();
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonOutput.Serialize(new { theorems = entries }));
                return ExitCodes.Ok;
            }
            var width = entries.Max(e => e.Id.Length);
            foreach (var e in entries)
            {
                console.Out.WriteLine($"{e.Id.PadRight(width)}  {e.Title}");
                console.Out.WriteLine($"{new string(' ', width)}  {e.Source}; {e.Provenance}{(e.Status == "ok" ? "" : $" ({e.Status})")}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Entry ToEntry(Theorem t) =>
        new(t.Id, t.Title, t.Source.ToString(), t.Model, t.Status, t.ProvenanceSummary, t.Claims.Select(c => c.Name).ToList());
}
