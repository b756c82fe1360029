using System.CommandLine;
using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// <c>boundcheck sweep ID --grid m=.. --grid L=.. [--seeds S] [--shard I/N] [--jobs J]</c>: checks the theorem at every
/// grid point (resumable, shardable), then fits the scaling in m and L and writes the sweep report.
/// </summary>
public static class SweepCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Theorem id, e.g. banerjee2023.hessian" };
        var options = new SweepCommandOptions();
        var command = new Command("sweep",
            "Check a theorem over a grid of settings (resumable, shardable) and report fitted scaling exponents and verdicts");
        command.Add(id);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var started = DateTimeOffset.Now;
            var theorem = TheoremLibrary.Find(console, parse.GetValue(id)!);
            var grid = options.ParseGrid(parse);
            var shard = options.ParseShard(parse);
            var spec = options.BaseSpec(parse);
            NetworkSetup.AnnounceBackend(console);
            NetworkSetup.AnnounceVariant(console, theorem, spec);
            var tolerance = parse.GetValue(options.Setting.Tolerance);
            var evaluator = new TheoremSweepEvaluator(theorem, spec, () => new NetworkProbeFactory(tolerance));
            CheckCommand.Run(() => Validate(theorem, grid, evaluator));
            var directory = parse.GetValue(options.Setting.Out)
                ?? Path.Combine("sweeps", shard.Count == 1 ? theorem.Id : $"{theorem.Id}-shard{shard.Index}of{shard.Count}");
            var manifest = SweepManifest.Create(grid, shard, SweepCommandOptions.ManifestArguments(theorem, spec, parse.GetValue(options.Setting.Tolerance)));
            var opened = SweepStore.Open(directory, manifest, parse.GetValue(options.RetryFailed));
            using var store = opened.Value ?? throw new CliInputException(opened.Error!);
            if (store.Loaded.DiscardedTail is { } tail)
            {
                console.Error.WriteLine($"boundcheck: discarded an interrupted last line of {StoreFileName(directory)}: {tail}");
            }
            var points = shard.Select(grid.Points());
            NetworkSetup.ShareBlasThreads(console, parse.GetValue(options.Jobs), "points");
            var result = Execute(console, store, points, evaluator, parse.GetValue(options.Jobs), parse.GetValue(options.MaxPoints));
            // Grid order, as a merge of shards gives it: the analysis then sees the same sequence either way.
            var order = points.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
            var records = store.Records.OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue)).ToList();
            var missing = points.Count - records.Count(r => order.ContainsKey(r.Key));
            if (result.Exit == SweepExit.Cancelled)
            {
                console.Error.WriteLine($"boundcheck: stopped with {missing} of {points.Count} points missing; rerun the same command to resume");
            }
            string?[] candidates =
            [
                $"Shard {shard} of the grid ({points.Count} points): data {spec.Data}, activation {spec.Activation}, {spec.Steps} GD steps where a scope needs a trajectory; {result.Skipped} points were already done, {result.Ran} run now in {result.Seconds:F0} s.",
                RunBuilder.VariantNote(theorem, spec),
            ];
            var notes = candidates.OfType<string>().ToList();
            var provenance = RunBuilder.Provenance(CheckOptions.Backend, [.. Enumerable.Range(1, grid.Seeds)], started,
                "boundcheck " + string.Join(" ", parse.Tokens.Select(t => t.Value)), Directory.GetCurrentDirectory());
            return SweepOutput.Write(console, theorem, grid, records, missing, notes, provenance, directory, parse.GetValue(options.Setting.Json));
        });
        return command;
    }

    // Bad input before any work: every grid axis and --set name must be a parameter, every point inside the domains.
    private static bool Validate(Theorem theorem, SweepGrid grid, TheoremSweepEvaluator evaluator)
    {
        var names = theorem.Parameters.Select(p => p.Name).Concat(SettingBindings.ArchitectureBindings).ToHashSet(StringComparer.Ordinal);
        foreach (var axis in grid.Axes.Where(a => !names.Contains(a.Name)))
        {
            throw new CliInputException($"--grid {axis.Name}: '{axis.Name}' is not a parameter of {theorem.Id} (its parameters: {string.Join(", ", names.Order(StringComparer.Ordinal))})");
        }
        var factory = new NetworkProbeFactory();
        var points = grid.Points().Where(p => p.Seed == 1).ToList();
        var declared = factory.Declared(evaluator.SpecOf(points[0]));
        foreach (var point in points)
        {
            var (_, errors) = SettingBindings.Resolve(theorem, evaluator.SpecOf(point).Bindings, declared, strict: true);
            if (errors.Count > 0)
            {
                throw new CliInputException($"grid point {point.Key}: {string.Join("; ", errors)}");
            }
        }
        return true;
    }

    private static SweepRunResult Execute(CliConsole console, SweepStore store, IReadOnlyList<SweepPoint> points, TheoremSweepEvaluator evaluator, int jobs, int? maxPoints)
    {
        using var stop = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }
        var ran = 0;
        var progress = new SynchronousProgress(p =>
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Bar(p.Done, p.Total)} [{p.Done}/{p.Total}] {p.LastKey} done; failed {p.Failed}; elapsed {Clock(p.Elapsed)}; ETA {(p.Eta is { } eta ? Clock(eta) : "—")}"));
            if (maxPoints is { } k && Interlocked.Increment(ref ran) >= k)
            {
                stop.Cancel();
            }
        });
        Console.CancelKeyPress += OnCancel;
        try
        {
            return SweepRunner.Run(store, points, evaluator, new Validator.Sweeps.SweepOptions(jobs, evaluator.Cost), progress, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    // A 20-cell text bar, one line per finished point, so it reads the same on a terminal and in a batch log.
    internal static string Bar(int done, int total)
    {
        var filled = total == 0 ? 20 : (int)Math.Round(20.0 * done / total);
        return "|" + new string('#', filled) + new string('.', 20 - filled) + "|";
    }

    private static string Clock(TimeSpan t) => t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    private static string StoreFileName(string directory) => Path.Combine(directory, "points.jsonl");

    // Progress<T> posts to the thread pool; the runner's callbacks must run in order and before Run returns.
    private sealed class SynchronousProgress(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        private readonly Lock _gate = new();

        public void Report(SweepProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
