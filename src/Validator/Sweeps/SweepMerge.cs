namespace BoundCheck.Validator.Sweeps;

/// <summary>The union of several store directories of one sweep.</summary>
/// <param name="Manifest">The first directory's manifest (shard information aside, all agree).</param>
/// <param name="Records">One record per key (ok wins over failed, then first seen), in grid order.</param>
/// <param name="Missing">Keys of grid points no directory has finished.</param>
/// <param name="Duplicates">Records dropped because their key was already present (within or across directories).</param>
/// <param name="DiscardedTails">Directories whose last line was an interrupted write.</param>
public sealed record MergedSweep(
    SweepManifest Manifest,
    IReadOnlyList<PointResult> Records,
    IReadOnlyList<string> Missing,
    int Duplicates,
    IReadOnlyList<string> DiscardedTails);

/// <summary>Reads and merges shard directories; refuses directories of different sweeps, naming the difference.</summary>
internal static class SweepMerge
{
    public static SweepParse<MergedSweep> Merge(IEnumerable<string> directories)
    {
        var stores = new List<StoredSweep>();
        foreach (var directory in directories)
        {
            var read = SweepStore.Read(directory);
            if (read.Value is null)
            {
                return SweepParse<MergedSweep>.Fail(read.Error!);
            }
            if (stores.Count > 0 && stores[0].Manifest.Differences(read.Value.Manifest, includeShard: false) is { Count: > 0 } differences)
            {
                return SweepParse<MergedSweep>.Fail(
                    $"{directory} is a different sweep from {stores[0].Directory}: {string.Join("; ", differences)}");
            }
            stores.Add(read.Value);
        }
        if (stores.Count == 0)
        {
            return SweepParse<MergedSweep>.Fail("merge: no sweep directories given");
        }
        var byKey = new Dictionary<string, PointResult>(StringComparer.Ordinal);
        var duplicates = stores.Sum(s => s.Contents.Duplicates);
        foreach (var record in stores.SelectMany(s => s.Contents.Records))
        {
            var old = byKey.GetValueOrDefault(record.Key);
            duplicates += old is null ? 0 : 1;
            if (RecordPreference.Replaces(record, old))
            {
                byKey[record.Key] = record;
            }
        }
        var points = stores[0].Manifest.Grid.Points();
        var order = points.ToDictionary(p => p.Key, p => p.Index, StringComparer.Ordinal);
        var records = byKey.Values.OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue)).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var missing = points.Where(p => !byKey.ContainsKey(p.Key)).Select(p => p.Key).ToList();
        var tails = stores.Where(s => s.Contents.DiscardedTail is not null).Select(s => s.Directory).ToList();
        return SweepParse<MergedSweep>.Success(new MergedSweep(stores[0].Manifest, records, missing, duplicates, tails));
    }
}
