namespace BoundCheck.Validator.Data;

/// <summary>
/// A thread-safe, process-wide cache of values decoded from files, so a process that loads the same data many
/// times (one probe factory per check in a reproduction) decodes each file once. An entry is keyed by the full
/// path and a variant (e.g. the expected IDX magic) and remembers the file's length and last-write time: a changed
/// file is decoded again. Values must be immutable. Bounded by the bytes they hold; least recently used go first.
/// </summary>
internal sealed class FileCache<TValue>(long capacityBytes, Func<TValue, long?> bytesToKeep) where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Path, int Variant), Entry> _entries = [];
    private long _clock;
    private long _bytes;

    /// <summary>Bytes held by the values kept now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>
    /// The value decoded from <paramref name="path"/> at its current length and last-write time; <paramref name="decode"/>
    /// runs at most once per version of the file while the entry is kept, also when threads ask at the same time.
    /// A value whose <c>bytesToKeep</c> is null (a failure) is returned but not kept.
    /// </summary>
    public TValue GetOrAdd(string path, int variant, Func<TValue> decode)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return decode();
        }
        var key = (file.FullName, variant);
        var stamp = (file.Length, file.LastWriteTimeUtc);
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!) || entry.Stamp != stamp)
            {
                Drop(key);
                entry = new Entry(stamp, new Lazy<TValue>(decode, LazyThreadSafetyMode.ExecutionAndPublication));
                _entries[key] = entry;
            }
            entry.LastUse = ++_clock;
        }
        TValue value;
        try
        {
            value = entry.Value.Value;
        }
        catch
        {
            // Lazy would keep the exception: forget the entry so the next call decodes again.
            Forget(key, entry);
            throw;
        }
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry) && entry.Bytes is null)
            {
                entry.Bytes = bytesToKeep(value);
                if (entry.Bytes is not { } bytes)
                {
                    _entries.Remove(key);
                    return value;
                }
                _bytes += bytes;
                EvictBeyondCapacity();
            }
        }
        return value;
    }

    private void Forget((string Path, int Variant) key, Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
            {
                Drop(key);
            }
        }
    }

    private void EvictBeyondCapacity()
    {
        while (_bytes > capacityBytes && _entries.Count > 0)
        {
            Drop(_entries.MinBy(e => e.Value.LastUse).Key);
        }
    }

    private void Drop((string Path, int Variant) key)
    {
        if (_entries.Remove(key, out var old))
        {
            _bytes -= old.Bytes ?? 0;
        }
    }

    private sealed class Entry((long Length, DateTime LastWriteUtc) stamp, Lazy<TValue> value)
    {
        public (long Length, DateTime LastWriteUtc) Stamp { get; } = stamp;
        public Lazy<TValue> Value { get; } = value;
        public long LastUse { get; set; }
        public long? Bytes { get; set; }
    }
}
