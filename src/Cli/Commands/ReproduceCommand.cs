using System.CommandLine;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Report;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// <c>boundcheck reproduce [PAPER...]</c>: the main job. Runs every shipped theorem against laptop-scale versions of
/// the papers' experiments and writes one verification report. Finished checks and sweep points are kept under the
/// output directory, so an interrupted run resumes where it stopped.
/// </summary>
public static class ReproduceCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Argument<string[]>("paper") { Description = "Papers to reproduce (banerjee2023, chatterjee2022, kawaguchi2021, liu2020, liu2022); all by default", Arity = ArgumentArity.ZeroOrMore };
        var scale = new Option<string>("--scale") { Description = "quick (default, minutes) or full (the larger grids)", DefaultValueFactory = _ => "quick" };
        var output = new Option<string>("--out") { Description = "Output directory", DefaultValueFactory = _ => Path.Combine("reports", "reproduce") };
        var jobs = new Option<int>("--jobs") { Description = "Experiments run concurrently; OpenBLAS then gets cores / jobs threads per experiment", DefaultValueFactory = _ => 1 };
        var tolerance = new Option<double>("--tolerance") { Description = "Relative accuracy of every Lanczos run", DefaultValueFactory = _ => NetworkProbeFactory.DefaultTolerance };
        var only = new Option<string[]>("--only") { Description = "Run only the named experiments of the plan (e.g. rsc-regime-L1-tanh); repeatable", AllowMultipleArgumentsPerToken = true };
        var command = new Command("reproduce", "Check every shipped theorem against laptop-scale versions of the papers' experiments; write one report");
        command.Add(papers);
        command.Add(scale);
        command.Add(output);
        command.Add(jobs);
        command.Add(tolerance);
        command.Add(only);
        command.SetAction((parse, cancellation) =>
        {
            var started = DateTimeOffset.Now;
            var level = parse.GetValue(scale) switch
            {
                "quick" => Scale.Quick,
                "full" => Scale.Full,
                var other => throw new CliInputException($"--scale '{other}': expected quick or full"),
            };
            if (parse.GetValue(jobs) < 1)
            {
                throw new CliInputException($"--jobs {parse.GetValue(jobs)}: must be at least 1");
            }
            var theorems = TheoremLibrary.Load(console) ?? throw new CliInputException("the theorem library did not load (errors above)");
            var plan = Plans.For(level);
            var wanted = parse.GetValue(papers) ?? [];
            var known = plan.Select(e => e.Paper).Distinct().ToList();
            foreach (var paper in wanted.Where(p => !known.Contains(p)))
            {
                throw new CliInputException($"unknown paper '{paper}' (known: {string.Join(", ", known)})");
            }
            if (wanted.Length > 0)
            {
                plan = [.. plan.Where(e => wanted.Contains(e.Paper))];
            }
            plan = Plans.Only(plan, parse.GetValue(only) ?? []) is { } picked ? picked
                : throw new CliInputException($"--only: unknown experiment (known: {string.Join(", ", plan.Select(e => e.Name).Distinct())})");
            var untested = theorems.Where(t => (wanted.Length == 0 || wanted.Contains(t.Id.Split('.')[0])) && (parse.GetValue(only) ?? []).Length == 0)
                .Select(t => t.Id).Except(plan.Select(e => e.Theorem)).ToList();
            var directory = parse.GetValue(output)!;
            var progress = new StderrProgress(console.Error);
            NetworkSetup.AnnounceBackend(console);
            NetworkSetup.ShareBlasThreads(console, parse.GetValue(jobs), "experiments");
            progress.Report($"reproduce ({level.ToString().ToLowerInvariant()}): {plan.Count} runs over {plan.Select(e => e.Theorem).Distinct().Count()} theorems; results kept in {directory}");
            var result = CheckCommand.Run(() => new Reproducer(theorems, directory, parse.GetValue(tolerance), progress)
                .Run(plan, parse.GetValue(jobs), cancellation));
            var notes = untested.Select(id => $"Theorem {id} has no experiment in this plan.").ToList();
            if (!Plans.FashionMnistInstalled && (wanted.Length == 0 || wanted.Contains("banerjee2023")))
            {
                notes.Add("The Fashion-MNIST run of banerjee2023.rsc was skipped: the data is not installed (apt-get install dataset-fashion-mnist).");
                console.Error.WriteLine("boundcheck: Fashion-MNIST is not installed; its run is skipped (apt-get install dataset-fashion-mnist)");
            }
            var seeds = Analyses.Seeds(plan, theorems);
            var run = new VerificationRun(
                $"BoundCheck reproduction ({level.ToString().ToLowerInvariant()} scale)",
                result.Claims,
                [.. result.Sections.Select((s, i) => i == 0 ? s with { Notes = [.. notes, .. s.Notes] } : s)],
                RunBuilder.Provenance(CheckOptions.Backend, seeds, started, "boundcheck " + string.Join(" ", parse.Tokens.Select(t => t.Value)), Directory.GetCurrentDirectory()));
            ReportRenderer.WriteAll(run, directory);
            VerdictTable.Write(console.Out, run.Claims);
            foreach (var failure in result.Failures)
            {
                console.Error.WriteLine($"boundcheck: reproduce: {failure}");
            }
            console.Out.WriteLine($"report: {Path.Combine(directory, "report.md")} (and report.html, results.json, plots/) in {(DateTimeOffset.Now - started).TotalMinutes:F1} min");
            return Task.FromResult(result.Failures.Count > 0 ? ExitCodes.NumericalFailure : VerdictTable.ExitCode(run.Claims));
        });
        return command;
    }
}
