using System.Text;
using System.Text.Json;

namespace BoundCheck.Validator.Sweeps;

/// <summary>What reading a store file found.</summary>
/// <param name="Records">One record per key (an ok record wins over failed ones, otherwise the first), in file order.</param>
/// <param name="Lines">Valid record lines read (duplicates included).</param>
/// <param name="Duplicates">Valid lines dropped because their key already had a record.</param>
/// <param name="ValidLength">Bytes up to and including the last valid line's newline.</param>
/// <param name="DiscardedTail">The unreadable last line (an interrupted write), shortened; null when none.</param>
public sealed record StoreContents(IReadOnlyList<PointResult> Records, int Lines, int Duplicates, long ValidLength, string? DiscardedTail);

/// <summary>Reads a JSONL store tolerating an interrupted (truncated or garbled) LAST line only.</summary>
internal static class StoreFile
{
    public const string PointsFile = "points.jsonl";
    public const string ManifestFile = "manifest.json";
    public const string LockFile = "sweep.lock";

    public static SweepParse<StoreContents> Parse(ReadOnlySpan<byte> bytes, string path)
    {
        var records = new List<PointResult>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        int lines = 0, duplicates = 0, lineNumber = 0;
        long offset = 0, validLength = 0;
        while (offset < bytes.Length)
        {
            lineNumber++;
            var rest = bytes[(int)offset..];
            var newline = rest.IndexOf((byte)'\n');
            var terminated = newline >= 0;
            var line = terminated ? rest[..newline] : rest;
            var isLast = !terminated || offset + newline + 1 == bytes.Length;
            var record = terminated ? TryRead(line) : null;
            if (record is null && !IsBlank(line))
            {
                if (isLast)
                {
                    return SweepParse<StoreContents>.Success(new StoreContents(records, lines, duplicates, validLength, Shorten(line)));
                }
                return SweepParse<StoreContents>.Fail(
                    $"{path}:{lineNumber}: not a sweep record (only an interrupted last line is tolerated); fix or remove the line");
            }
            offset += line.Length + (terminated ? 1 : 0);
            validLength = offset;
            if (record is null)
            {
                continue;
            }
            lines++;
            if (!byKey.TryGetValue(record.Key, out var at))
            {
                byKey[record.Key] = records.Count;
                records.Add(record);
                continue;
            }
            duplicates++;
            if (RecordPreference.Replaces(record, records[at]))
            {
                records[at] = record;
            }
        }
        return SweepParse<StoreContents>.Success(new StoreContents(records, lines, duplicates, validLength, null));
    }

    public static byte[] Serialize(PointResult result)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(result, SweepJson.Line);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }

    private static PointResult? TryRead(ReadOnlySpan<byte> line)
    {
        try
        {
            var record = JsonSerializer.Deserialize<PointResult>(line, SweepJson.Line);
            return record is { Key.Length: > 0, Parameters: not null, Metrics: not null } ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim((byte)' ').Trim((byte)'\r').IsEmpty;

    private static string Shorten(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line[..Math.Min(line.Length, 120)]).Replace('\0', '.');
        return line.Length > 120 ? text + "..." : text;
    }
}
