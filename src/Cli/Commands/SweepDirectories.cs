using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Commands;

/// <summary>`report` over sweep directories: merge the shards' points (SweepStore.Merge) and recompute the fits.</summary>
internal static class SweepDirectories
{
    /// <summary>True when every directory is a sweep store (holds manifest.json); false when none is; bad input when mixed.</summary>
    public static bool All(IReadOnlyList<string> directories)
    {
        var sweeps = directories.Count(d => File.Exists(Path.Combine(d, "manifest.json")));
        if (sweeps > 0 && sweeps < directories.Count)
        {
            throw new CliInputException("report: give either sweep directories (with manifest.json) or check directories (with results.json), not both");
        }
        return sweeps > 0;
    }

    /// <summary>Merges the stores, writes the sweep report to <paramref name="target"/> and returns the exit code.</summary>
    public static int Report(CliConsole console, IReadOnlyList<string> directories, string target)
    {
        var started = DateTimeOffset.Now;
        var merged = SweepStore.Merge(directories);
        var sweep = merged.Value ?? throw new CliInputException(merged.Error!);
        if (!sweep.Manifest.Arguments.TryGetValue("theorem", out var id))
        {
            throw new CliInputException($"{directories[0]}: the sweep manifest names no theorem (not written by 'boundcheck sweep'?)");
        }
        var theorem = TheoremLibrary.Find(console, id);
        if (Validator.Verification.Scaling.SweepArguments.Stale(theorem, sweep.Manifest) is { } stale)
        {
            throw new CliInputException($"{directories[0]}: {stale}");
        }
        var notes = new List<string>
        {
            $"Merged from {directories.Count} sweep director{(directories.Count == 1 ? "y" : "ies")} ({string.Join(", ", directories)}); {sweep.Duplicates} duplicate records dropped; fits recomputed from the stored points.",
        };
        notes.AddRange(sweep.DiscardedTails.Select(d => $"{d}: an interrupted last line was ignored"));
        if (sweep.Missing.Count > 0)
        {
            console.Error.WriteLine($"boundcheck: {sweep.Missing.Count} grid points are in no directory (e.g. {sweep.Missing[0]}); the report covers the others");
        }
        var provenance = RunBuilder.Provenance("(report from stored points: no numerics run)", [.. Enumerable.Range(1, sweep.Manifest.Grid.Seeds)],
            started, "boundcheck report " + string.Join(" ", directories), Directory.GetCurrentDirectory());
        return SweepOutput.Write(console, theorem, sweep.Manifest.Grid, sweep.Records, sweep.Missing.Count, notes, provenance, target, json: false);
    }
}
