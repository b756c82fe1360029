using System.CommandLine;
using BoundCheck.Cli.Commands;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli;

/// <summary>Entry point of the <c>boundcheck</c> command: parses arguments, wires the pieces, chooses exit codes.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with explicit streams (used by tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        var root = BuildRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"boundcheck: {error.Message}");
            }
            stderr.WriteLine("Run 'boundcheck --help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"boundcheck: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(
            "BoundCheck: checks theorems about the optimisation of deep networks against measurements.");
        foreach (var command in Commands(console))
        {
            root.Add(command);
        }
        return root;
    }

    // One line per command; each command lives in Commands/<Name>Command.cs.
    private static IEnumerable<Command> Commands(CliConsole console)
    {
        yield return ListCommand.Create(console);
        yield return ShowCommand.Create(console);
        yield return CheckCommand.Create(console);
        yield return MeasureCommand.Create(console);
        yield return BenchCommand.Create(console);
        yield return EvalCommand.Create(console);
        yield return ReportCommand.Create(console);
        yield return SweepCommand.Create(console);
        yield return ReproduceCommand.Create(console);
    }
}
