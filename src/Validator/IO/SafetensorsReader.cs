using System.Buffers.Binary;
using System.Text.Json;

namespace BoundCheck.Validator.IO;

/// <summary>
/// Reads safetensors files (F32 and F64 tensors, optional __metadata__) into doubles, with errors as data:
/// truncated files, bad JSON, unknown dtypes, offsets out of range or inconsistent with the shape, NaN/Inf
/// values (naming the tensor and the flat index).
/// </summary>
public static class SafetensorsReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static TensorFileResult Read(string path)
    {
        if (!File.Exists(path))
        {
            return Fail(path, "file not found");
        }
        try
        {
            return Parse(File.ReadAllBytes(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Parses file contents; <paramref name="source"/> names the file in messages.</summary>
    public static TensorFileResult Parse(byte[] bytes, string source)
    {
        if (bytes.Length < 8)
        {
            return Fail(source, $"truncated: {bytes.Length} bytes, the 8-byte header length is missing");
        }
        long headerLength = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        if (headerLength < 2 || headerLength > bytes.Length - 8)
        {
            return Fail(source, $"truncated or corrupt: header length {headerLength} but only {bytes.Length - 8} bytes follow");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(8, (int)headerLength));
        }
        catch (JsonException e)
        {
            return Fail(source, $"header is not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail(source, "header must be a JSON object");
            }
            var data = bytes.AsSpan(8 + (int)headerLength);
            var tensors = new List<(long Begin, long End, NamedTensor Tensor)>();
            var metadata = new Dictionary<string, string>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                string? error = entry.Name == "__metadata__"
                    ? ReadMetadata(entry.Value, metadata)
                    : SafetensorsEntry.Read(entry.Name, entry.Value, data, tensors);
                if (error is not null)
                {
                    return Fail(source, error);
                }
            }
            var ordered = tensors.OrderBy(t => t.Begin).Select(t => t.Tensor).ToList();
            return new TensorFileResult(new TensorFile(ordered, metadata), null);
        }
    }

    private static string? ReadMetadata(JsonElement value, Dictionary<string, string> metadata)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return "__metadata__ must be an object of strings";
        }
        foreach (var item in value.EnumerateObject())
        {
            if (item.Value.ValueKind != JsonValueKind.String)
            {
                return $"__metadata__ value of '{item.Name}' must be a string";
            }
            metadata[item.Name] = item.Value.GetString()!;
        }
        return null;
    }

    private static TensorFileResult Fail(string source, string message) => new(null, $"{source}: {message}");
}
