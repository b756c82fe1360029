using System.Globalization;
using BoundCheck.Report.Formatting;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Markdown;

/// <summary>The provenance block: what ran, where, with which seeds and for how long.</summary>
internal static class ProvenanceMarkdown
{
    private static readonly string[] Columns =
        ["version", "git commit", "OS", "CPU", "BLAS backend", "threads", "seeds", "started", "wall time", "command line"];

    public static void Render(MarkdownBuilder md, VerificationRun run)
    {
        md.Heading(2, "Provenance");
        var p = run.Provenance;
        md.Table(["field", "value"],
        [
            ["version", MarkdownText.Cell(p.Version)],
            ["git commit", MarkdownText.Code(p.GitCommit)],
            ["OS", MarkdownText.Cell(p.Os)],
            ["CPU", MarkdownText.Cell(p.Cpu)],
            ["BLAS backend and threads", MarkdownText.Cell($"{p.BlasBackend}, {Numbers.Format(p.Threads)} threads")],
            ["seeds", Seeds(p.Seeds)],
            ["started", Started(p.Started)],
            ["wall time", WallTime(p.WallSeconds)],
            ["command line", MarkdownText.Code(p.CommandLine)],
        ]);
        if (run.MergedFrom is { Count: > 0 } sources)
        {
            md.Paragraph($"This report merges {Numbers.Format(sources.Count)} runs:");
            md.Table(Columns, sources.Select(Row));
        }
    }

    private static IReadOnlyList<string> Row(RunProvenance p) =>
    [
        MarkdownText.Cell(p.Version), MarkdownText.Code(p.GitCommit), MarkdownText.Cell(p.Os), MarkdownText.Cell(p.Cpu),
        MarkdownText.Cell(p.BlasBackend), Numbers.Format(p.Threads), Seeds(p.Seeds), Started(p.Started),
        WallTime(p.WallSeconds), MarkdownText.Code(p.CommandLine),
    ];

    // Runs of consecutive seeds as ranges: "1–200" rather than 200 numbers.
    private static string Seeds(IReadOnlyList<int> seeds)
    {
        if (seeds.Count == 0)
        {
            return Numbers.Missing;
        }
        var sorted = seeds.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }
            parts.Add(j - i >= 2 ? $"{Numbers.Format(sorted[i])}–{Numbers.Format(sorted[j])}" : string.Join(", ", sorted[i..(j + 1)].Select(Numbers.Format)));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    private static string Started(DateTimeOffset started) =>
        started.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static string WallTime(double seconds) => Numbers.Format(seconds) + " s";
}
