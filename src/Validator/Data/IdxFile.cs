using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;

namespace BoundCheck.Validator.Data;

/// <summary>
/// Reader of gzipped IDX files (LeCun's MNIST format): big-endian int32 magic (2051 images, 2049 labels),
/// big-endian int32 dimensions, then unsigned bytes. Decoded files are cached for the process (<see cref="FileCache{TValue}"/>).
/// </summary>
internal static class IdxFile
{
    public const int ImageMagic = 2051;
    public const int LabelMagic = 2049;

    /// <summary>Decompressing the Fashion-MNIST training images takes seconds; a few hundred MB keep all four files.</summary>
    private const long CacheBytes = 256L << 20;

    private static readonly FileCache<Result> Cache = new(CacheBytes, r => r.Content?.Data.Length);

    /// <summary>Dimensions and raw bytes of an IDX file; read-only, since cached contents are shared.</summary>
    public sealed record Content(ImmutableArray<int> Dimensions, ReadOnlyMemory<byte> Data);

    /// <summary>The content, or an error naming the file and what is wrong.</summary>
    public sealed record Result(Content? Content, string? Error);

    /// <summary>Reads and decodes a gzipped IDX file, or returns the decoded content cached for its current version.</summary>
    public static Result Read(string path, int expectedMagic) =>
        Cache.GetOrAdd(path, expectedMagic, () => Decode(path, expectedMagic));

    private static Result Decode(string path, int expectedMagic)
    {
        byte[] bytes;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new Result(null, $"{path}: cannot read gzipped IDX file: {e.Message}");
        }
        return Parse(bytes, expectedMagic, path);
    }

    public static Result Parse(byte[] bytes, int expectedMagic, string path)
    {
        int rank = expectedMagic == ImageMagic ? 3 : 1;
        int headerLength = 4 + 4 * rank;
        if (bytes.Length < headerLength)
        {
            return new Result(null, $"{path}: truncated IDX header ({bytes.Length} bytes, expected at least {headerLength})");
        }
        int magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (magic != expectedMagic)
        {
            return new Result(null, $"{path}: magic number {magic}, expected {expectedMagic}");
        }
        var dimensions = new int[rank];
        long size = 1;
        for (int i = 0; i < rank; i++)
        {
            dimensions[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * i));
            if (dimensions[i] < 0)
            {
                return new Result(null, $"{path}: negative dimension {dimensions[i]} at position {i}");
            }
            size *= dimensions[i];
        }
        if (bytes.Length - headerLength < size)
        {
            return new Result(null, $"{path}: truncated data ({bytes.Length - headerLength} bytes, header promises {size})");
        }
        return new Result(new Content([.. dimensions], bytes.AsMemory(headerLength, (int)size)), null);
    }
}
