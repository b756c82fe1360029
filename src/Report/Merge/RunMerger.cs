using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Merge;

/// <summary>Merges several runs (sweep shards, or several checks) into one report model. Recomputes nothing.</summary>
public static class RunMerger
{
    /// <summary>
    /// Claims concatenated in input order; sections with the same theorem id merged (claims, fits, tables and
    /// plots joined, notes de-duplicated); provenance of every input kept in <see cref="VerificationRun.MergedFrom"/>.
    /// </summary>
    public static VerificationRun Merge(IReadOnlyList<VerificationRun> runs)
    {
        if (runs.Count == 0)
        {
            throw new ArgumentException("at least one run is needed", nameof(runs));
        }
        if (runs.Count == 1)
        {
            return runs[0];
        }
        var sources = runs.SelectMany(r => r.MergedFrom is { Count: > 0 } inner ? inner : [r.Provenance]).ToList();
        var sections = runs.SelectMany(r => r.Sections)
            .GroupBy(s => s.Theorem, StringComparer.Ordinal)
            .Select(g => g.Aggregate(MergeSection))
            .ToList();
        var titles = runs.Select(r => r.Title).Distinct(StringComparer.Ordinal).ToList();
        return new VerificationRun(
            titles.Count == 1 ? titles[0] : string.Join(" + ", titles),
            [.. runs.SelectMany(r => r.Claims)],
            sections,
            MergeProvenance(sources),
            sources);
    }

    private static TheoremSection MergeSection(TheoremSection a, TheoremSection b) => a with
    {
        Notes = [.. a.Notes.Concat(b.Notes).Distinct(StringComparer.Ordinal)],
        Claims = [.. a.Claims, .. b.Claims],
        Fits = [.. a.Fits, .. b.Fits],
        Tables = MergeTables(a.Tables, b.Tables),
        Plots = MergePlots(a.Plots, b.Plots),
    };

    // Shards of a sweep each write the same table with their own rows: same caption and columns -> rows joined.
    private static IReadOnlyList<Table> MergeTables(IReadOnlyList<Table> a, IReadOnlyList<Table> b)
    {
        var merged = a.ToList();
        foreach (var table in b)
        {
            var index = merged.FindIndex(t => t.Caption == table.Caption && t.Columns.SequenceEqual(table.Columns));
            if (index < 0)
            {
                merged.Add(table);
            }
            else
            {
                merged[index] = merged[index] with { Rows = [.. merged[index].Rows, .. table.Rows] };
            }
        }
        return merged;
    }

    // Same plot id -> one plot; series with the same label get the union of their points, sorted by x.
    private static IReadOnlyList<Plot> MergePlots(IReadOnlyList<Plot> a, IReadOnlyList<Plot> b)
    {
        var merged = a.ToList();
        foreach (var plot in b)
        {
            var index = merged.FindIndex(p => p.Id == plot.Id);
            if (index < 0)
            {
                merged.Add(plot);
                continue;
            }
            var series = merged[index].Series.ToList();
            foreach (var s in plot.Series)
            {
                var same = series.FindIndex(t => t.Label == s.Label);
                if (same < 0)
                {
                    series.Add(s);
                }
                else
                {
                    series[same] = MergeSeries(series[same], s);
                }
            }
            merged[index] = merged[index] with { Series = series };
        }
        return merged;
    }

    private static Series MergeSeries(Series a, Series b)
    {
        var bands = a.YLow is not null && a.YHigh is not null && b.YLow is not null && b.YHigh is not null;
        var points = Points(a, bands).Concat(Points(b, bands)).OrderBy(p => p.X).ToList();
        return a with
        {
            X = [.. points.Select(p => p.X)],
            Y = [.. points.Select(p => p.Y)],
            YLow = bands ? [.. points.Select(p => p.Low)] : null,
            YHigh = bands ? [.. points.Select(p => p.High)] : null,
        };
    }

    private static IEnumerable<(double X, double Y, double Low, double High)> Points(Series s, bool bands) =>
        Enumerable.Range(0, bands ? new[] { s.X.Length, s.Y.Length, s.YLow!.Length, s.YHigh!.Length }.Min() : Math.Min(s.X.Length, s.Y.Length))
            .Select(i => (s.X[i], s.Y[i], bands ? s.YLow![i] : double.NaN, bands ? s.YHigh![i] : double.NaN));

    private static RunProvenance MergeProvenance(IReadOnlyList<RunProvenance> sources)
    {
        static string Joined(IEnumerable<string> values) => string.Join(", ", values.Distinct(StringComparer.Ordinal));
        return new RunProvenance(
            Joined(sources.Select(s => s.Version)),
            Joined(sources.Select(s => s.GitCommit)),
            Joined(sources.Select(s => s.Os)),
            Joined(sources.Select(s => s.Cpu)),
            Joined(sources.Select(s => s.BlasBackend)),
            sources.Max(s => s.Threads),
            [.. sources.SelectMany(s => s.Seeds).Distinct().Order()],
            sources.Min(s => s.Started),
            sources.Sum(s => s.WallSeconds),
            Joined(sources.Select(s => s.CommandLine)));
    }
}
