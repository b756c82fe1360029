using System.CommandLine;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Report;
using BoundCheck.Report.Json;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// <c>boundcheck check ID</c>: instantiate a theorem at one setting, check its hypotheses, measure its claims where
/// their scopes say, judge them and write the report.
/// </summary>
public static class CheckCommand
{
    /// <summary>Default data for a check: 16 inputs keep a width-512 Hessian check near a minute on 2 cores; d = n keeps Chatterjee's d >= n.</summary>
    public const string DefaultData = "synthetic:n=16,d=16";

    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Theorem id, e.g. banerjee2023.hessian_explicit" };
        var options = new CheckOptions();
        var command = new Command("check", "Check one theorem at one setting and write report.md, report.html, results.json and plots");
        command.Add(id);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var started = DateTimeOffset.Now;
            var theorem = TheoremLibrary.Find(console, parse.GetValue(id)!);
            var spec = options.Spec(parse);
            var progress = new StderrProgress(console.Error);
            NetworkSetup.AnnounceBackend(console);
            NetworkSetup.AnnounceVariant(console, theorem, spec);
            var check = Run(() => TheoremChecker.Check(theorem, spec, options.Factory(parse), strict: true, progress));
            if (check.Errors.Count > 0)
            {
                throw new CliInputException(string.Join("; ", check.Errors));
            }
            string?[] candidates = [$"Setting {check.Setting}: data {spec.Data}, {spec.Steps} GD steps where a scope needs a trajectory.",
                RunBuilder.VariantNote(theorem, spec)];
            var notes = candidates.OfType<string>().ToList();
            var section = RunBuilder.Section(theorem, [check], notes);
            var run = new VerificationRun($"BoundCheck: {theorem.Id}", check.Claims, [section],
                RunBuilder.Provenance(CheckOptions.Backend, [spec.Seed], started, CommandLine(parse), Directory.GetCurrentDirectory()));
            var outDir = parse.GetValue(options.Out) ?? Path.Combine("reports", theorem.Id);
            ReportRenderer.WriteAll(run, outDir);
            if (parse.GetValue(options.Json))
            {
                console.Out.WriteLine(ResultsJson.Serialize(run));
            }
            else
            {
                VerdictTable.Write(console.Out, run.Claims);
                console.Out.WriteLine($"report: {Path.Combine(outDir, "report.md")} (and report.html, results.json)");
            }
            return VerdictTable.ExitCode(run.Claims);
        });
        return command;
    }

    /// <summary>Runs library code, turning a setting it cannot build (its typed input exception) into bad input (exit 2).</summary>
    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Validator.InputException e)
        {
            throw new CliInputException(e.Message);
        }
    }

    private static string CommandLine(ParseResult parse) =>
        "boundcheck " + string.Join(" ", parse.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{t.Value}\"" : t.Value));
}
