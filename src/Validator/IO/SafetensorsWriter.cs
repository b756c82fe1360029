using System.Buffers.Binary;
using System.Text.Json;

namespace BoundCheck.Validator.IO;

/// <summary>
/// Writes the safetensors format: an 8-byte little-endian header length N, N bytes of JSON header
/// ({"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}, padded with spaces to a
/// multiple of 8), then the little-endian tensor bytes; offsets are relative to the end of the header.
/// </summary>
public static class SafetensorsWriter
{
    /// <summary>Writes <paramref name="tensors"/> in the given order with one element type.</summary>
    public static void Write(
        string path, IReadOnlyList<NamedTensor> tensors, TensorDType dtype = TensorDType.F64, IReadOnlyDictionary<string, string>? metadata = null)
    {
        File.WriteAllBytes(path, ToBytes(tensors, dtype, metadata));
    }

    /// <summary>The file contents as bytes.</summary>
    public static byte[] ToBytes(IReadOnlyList<NamedTensor> tensors, TensorDType dtype = TensorDType.F64, IReadOnlyDictionary<string, string>? metadata = null)
    {
        int size = dtype == TensorDType.F64 ? 8 : 4;
        using var json = new MemoryStream();
        long offset = 0;
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                writer.WriteStartObject("__metadata__");
                foreach (var (key, value) in metadata)
                {
                    writer.WriteString(key, value);
                }
                writer.WriteEndObject();
            }
            foreach (var tensor in tensors)
            {
                if (tensor.ElementCount != tensor.Data.Length)
                {
                    throw new ArgumentException($"Tensor '{tensor.Name}': shape [{string.Join(", ", tensor.Shape)}] has {tensor.ElementCount} elements, data has {tensor.Data.Length}.", nameof(tensors));
                }
                writer.WriteStartObject(tensor.Name);
                writer.WriteString("dtype", dtype.ToString());
                writer.WriteStartArray("shape");
                foreach (int dim in tensor.Shape)
                {
                    writer.WriteNumberValue(dim);
                }
                writer.WriteEndArray();
                writer.WriteStartArray("data_offsets");
                writer.WriteNumberValue(offset);
                writer.WriteNumberValue(offset += tensor.Data.Length * (long)size);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        var header = json.ToArray();
        int padded = (header.Length + 7) / 8 * 8;
        var bytes = new byte[8 + padded + offset];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, padded);
        header.CopyTo(bytes, 8);
        bytes.AsSpan(8 + header.Length, padded - header.Length).Fill((byte)' ');
        var data = bytes.AsSpan(8 + padded);
        foreach (var tensor in tensors)
        {
            foreach (double v in tensor.Data)
            {
                if (dtype == TensorDType.F64)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(data, v);
                }
                else
                {
                    BinaryPrimitives.WriteSingleLittleEndian(data, (float)v);
                }
                data = data[size..];
            }
        }
        return bytes;
    }
}
