using System.Buffers.Binary;
using System.IO.Compression;

namespace BoundCheck.Validator.Data;

/// <summary>
/// Reader of gzipped IDX files (LeCun's MNIST format): big-endian int32 magic (2051 images, 2049 labels),
/// big-endian int32 dimensions, then unsigned bytes.
/// </summary>
internal static class IdxFile
{
    public const int ImageMagic = 2051;
    public const int LabelMagic = 2049;

    /// <summary>Dimensions and raw bytes of an IDX file, or an error naming the file and what is wrong.</summary>
    public sealed record Content(int[] Dimensions, byte[] Data);

    public static (Content? Content, string? Error) Read(string path, int expectedMagic)
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
            return (null, $"{path}: cannot read gzipped IDX file: {e.Message}");
        }
        return Parse(bytes, expectedMagic, path);
    }

    public static (Content? Content, string? Error) Parse(byte[] bytes, int expectedMagic, string path)
    {
        int rank = expectedMagic == ImageMagic ? 3 : 1;
        int headerLength = 4 + 4 * rank;
        if (bytes.Length < headerLength)
        {
            return (null, $"{path}: truncated IDX header ({bytes.Length} bytes, expected at least {headerLength})");
        }
        int magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (magic != expectedMagic)
        {
            return (null, $"{path}: magic number {magic}, expected {expectedMagic}");
        }
        var dimensions = new int[rank];
        long size = 1;
        for (int i = 0; i < rank; i++)
        {
            dimensions[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * i));
            if (dimensions[i] < 0)
            {
                return (null, $"{path}: negative dimension {dimensions[i]} at position {i}");
            }
            size *= dimensions[i];
        }
        if (bytes.Length - headerLength < size)
        {
            return (null, $"{path}: truncated data ({bytes.Length - headerLength} bytes, header promises {size})");
        }
        return (new Content(dimensions, bytes.AsSpan(headerLength, (int)size).ToArray()), null);
    }
}
