using System.Text.Json;

namespace BoundCheck.Validator.Sweeps;

/// <summary>
/// A resumable sweep directory: manifest.json (grid, shard, arguments, fingerprint) and points.jsonl (one
/// finished point per line, each appended with one write and fsynced). Opening holds an exclusive lock on
/// sweep.lock, so two processes cannot run into the same directory. Each shard gets its own directory.
/// </summary>
public sealed class SweepStore : IDisposable
{
    private readonly FileStream stream;
    private readonly FileStream dirLock;
    private readonly Lock gate = new();
    private readonly Dictionary<string, PointResult> byKey;
    private readonly bool retryFailed;

    private SweepStore(string directory, SweepManifest manifest, FileStream dirLock, FileStream stream, StoreContents loaded, bool retryFailed)
    {
        this.dirLock = dirLock;
        Directory = directory;
        Manifest = manifest;
        Loaded = loaded;
        this.stream = stream;
        this.retryFailed = retryFailed;
        byKey = loaded.Records.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }

    /// <summary>The sweep directory.</summary>
    public string Directory { get; }

    /// <summary>The manifest the store was opened with.</summary>
    public SweepManifest Manifest { get; }

    /// <summary>What was found on disk when the store was opened (duplicates, a discarded interrupted line).</summary>
    public StoreContents Loaded { get; }

    /// <summary>
    /// Opens or creates the store. Errors (as data): a manifest that differs from <paramref name="manifest"/>
    /// (every difference named), a directory in use by another run, a corrupt line before the last.
    /// An interrupted last line is cut off the file before anything is appended.
    /// </summary>
    /// <param name="retryFailed">When true, failed points count as missing and are run again.</param>
    public static SweepParse<SweepStore> Open(string directory, SweepManifest manifest, bool retryFailed = false)
    {
        System.IO.Directory.CreateDirectory(directory);
        var manifestPath = Path.Combine(directory, StoreFile.ManifestFile);
        if (File.Exists(manifestPath))
        {
            var stored = ReadManifest(manifestPath);
            if (stored.Value is null)
            {
                return SweepParse<SweepStore>.Fail(stored.Error!);
            }
            var differences = stored.Value.Differences(manifest);
            if (differences.Count > 0)
            {
                return SweepParse<SweepStore>.Fail(
                    $"{directory} holds a different sweep ({string.Join("; ", differences)}); use a new directory or the original arguments");
            }
        }
        var lockPath = Path.Combine(directory, StoreFile.LockFile);
        FileStream dirLock;
        try
        {
            // FileShare.None takes an exclusive flock on Unix: a second writer fails here, readers never touch it.
            dirLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            return SweepParse<SweepStore>.Fail($"{lockPath}: cannot lock the store (another run using this directory?): {e.Message}");
        }
        var pointsPath = Path.Combine(directory, StoreFile.PointsFile);
        var stream = new FileStream(pointsPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 4096, FileOptions.WriteThrough);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var contents = StoreFile.Parse(bytes, pointsPath);
        if (contents.Value is null)
        {
            stream.Dispose();
            dirLock.Dispose();
            return SweepParse<SweepStore>.Fail(contents.Error!);
        }
        stream.SetLength(contents.Value.ValidLength);
        stream.Seek(0, SeekOrigin.End);
        stream.Flush(flushToDisk: true);
        if (!File.Exists(manifestPath))
        {
            WriteDurably(manifestPath, JsonSerializer.SerializeToUtf8Bytes(manifest, SweepJson.Manifest));
        }
        return SweepParse<SweepStore>.Success(new SweepStore(directory, manifest, dirLock, stream, contents.Value, retryFailed));
    }

    /// <summary>Records kept so far (one per key), including those appended in this run.</summary>
    public IReadOnlyList<PointResult> Records
    {
        get { lock (gate) { return byKey.Values.ToList(); } }
    }

    /// <summary>The points not yet finished (failed ones count as finished unless the store retries failures).</summary>
    public IReadOnlyList<SweepPoint> Missing(IEnumerable<SweepPoint> points)
    {
        lock (gate)
        {
            return points.Where(p => !byKey.TryGetValue(p.Key, out var r) || (retryFailed && r.Status == PointStatus.Failed)).ToList();
        }
    }

    /// <summary>Appends one record as one line and fsyncs it. Thread-safe.</summary>
    public void Append(PointResult result)
    {
        var line = StoreFile.Serialize(result);
        lock (gate)
        {
            stream.Write(line);
            stream.Flush(flushToDisk: true);
            if (RecordPreference.Replaces(result, byKey.GetValueOrDefault(result.Key)))
            {
                byKey[result.Key] = result;
            }
        }
    }

    /// <summary>Reads a store directory without locking it for writing (for merging and reporting).</summary>
    public static SweepParse<StoredSweep> Read(string directory)
    {
        var manifest = ReadManifest(Path.Combine(directory, StoreFile.ManifestFile));
        if (manifest.Value is null)
        {
            return SweepParse<StoredSweep>.Fail(manifest.Error!);
        }
        var pointsPath = Path.Combine(directory, StoreFile.PointsFile);
        byte[] bytes = [];
        if (File.Exists(pointsPath))
        {
            using var file = new FileStream(pointsPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        var contents = StoreFile.Parse(bytes, pointsPath);
        return contents.Value is null
            ? SweepParse<StoredSweep>.Fail(contents.Error!)
            : SweepParse<StoredSweep>.Success(new StoredSweep(directory, manifest.Value, contents.Value));
    }

    /// <summary>
    /// Deletes a store's manifest and points, so the directory can hold another sweep: for a store written for other
    /// inputs (another theorem text, setting or tool), whose points must be recomputed, never merged.
    /// </summary>
    public static void Discard(string directory)
    {
        foreach (var name in new[] { StoreFile.PointsFile, StoreFile.ManifestFile })
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Merges shard directories of one sweep (same fingerprint): see <see cref="SweepMerge"/>.</summary>
    public static SweepParse<MergedSweep> Merge(IEnumerable<string> directories) => SweepMerge.Merge(directories);

    /// <inheritdoc />
    public void Dispose()
    {
        stream.Dispose();
        dirLock.Dispose();
    }

    private static SweepParse<SweepManifest> ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return SweepParse<SweepManifest>.Fail($"{path}: no sweep manifest (not a sweep directory?)");
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<SweepManifest>(File.ReadAllBytes(path), SweepJson.Manifest);
            return manifest is { Grid.Axes: not null, Arguments: not null }
                ? SweepParse<SweepManifest>.Success(manifest)
                : SweepParse<SweepManifest>.Fail($"{path}: manifest is missing fields");
        }
        catch (JsonException e)
        {
            return SweepParse<SweepManifest>.Fail($"{path}: not a sweep manifest: {e.Message}");
        }
    }

    private static void WriteDurably(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>A store directory as read from disk.</summary>
public sealed record StoredSweep(string Directory, SweepManifest Manifest, StoreContents Contents);
