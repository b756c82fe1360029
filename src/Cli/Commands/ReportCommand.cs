using System.CommandLine;
using System.Text.Json;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Report;
using BoundCheck.Report.Json;
using BoundCheck.Report.Merge;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Commands;

/// <summary>`boundcheck report DIR [DIR...] [--out DIR]`: re-renders (and merges) reports from results.json.</summary>
public static class ReportCommand
{
    /// <summary>Where a merge writes its data when --out is one of the inputs (their results.json stay untouched).</summary>
    public const string MergedResultsFile = "results.merged.json";

    public static Command Create(CliConsole console)
    {
        var directories = new Argument<string[]>("dir")
        {
            Description = "Directories holding a results.json (from check), or sweep directories (manifest.json + points.jsonl: shards are merged and the fits recomputed)",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Directory for the report (default: the first DIR)" };
        var command = new Command("report",
            "Re-render report.md, report.html and plots from results.json without recomputing; merge several runs into one report");
        command.Add(directories);
        command.Add(output);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(directories) ?? [];
            if (SweepDirectories.All(inputs))
            {
                return SweepDirectories.Report(console, inputs, parse.GetValue(output) ?? inputs[0]);
            }
            var runs = inputs.Select(Load).ToList();
            var run = RunMerger.Merge(runs);
            var target = parse.GetValue(output) ?? inputs[0];
            var written = Write(console, run, inputs, target);
            foreach (var path in written)
            {
                console.Out.WriteLine(path);
            }
            return ExitCode(run);
        });
        return command;
    }

    private static IReadOnlyList<string> Write(CliConsole console, VerificationRun run, string[] inputs, string target)
    {
        if (inputs.Length == 1 && SamePath(inputs[0], target))
        {
            return ReportRenderer.WriteReport(run, target);
        }
        if (!inputs.Any(i => SamePath(i, target)))
        {
            return ReportRenderer.WriteAll(run, target);
        }
        // Overwriting an input's results.json with the merge would merge it twice on the next run.
        console.Error.WriteLine($"boundcheck: {target} is an input; the merged data goes to {MergedResultsFile}, its results.json is kept");
        var merged = Path.Combine(target, MergedResultsFile);
        Report.IO.AtomicFile.WriteAllText(merged, ResultsJson.Serialize(run));
        return [merged, .. ReportRenderer.WriteReport(run, target)];
    }

    private static VerificationRun Load(string directory)
    {
        var path = Path.Combine(directory, ResultsJson.FileName);
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: no such file (expected the results.json of a check or sweep)");
        }
        try
        {
            return ResultsJson.Deserialize(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{path}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : path;
            throw new CliInputException($"{where}: not a valid results.json ({e.Message.Split(" Path:")[0]})");
        }
    }

    // Same exit codes as check: a violated claim wins over a claim left without a verdict by a numerical failure.
    private static int ExitCode(VerificationRun run) =>
        run.Claims.Any(c => VerdictClass.Fails(c.Verdict)) ? ExitCodes.Violated
        : run.Claims.Any(c => c.Verdict == Verdict.Inconclusive) ? ExitCodes.NumericalFailure
        : ExitCodes.Ok;

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
