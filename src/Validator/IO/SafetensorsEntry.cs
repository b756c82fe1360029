using System.Buffers.Binary;
using System.Text.Json;

namespace BoundCheck.Validator.IO;

/// <summary>Decodes one tensor entry of a safetensors header against the data section.</summary>
internal static class SafetensorsEntry
{
    /// <summary>Appends the tensor (with its begin offset) or returns an error naming the tensor.</summary>
    public static string? Read(string name, JsonElement entry, ReadOnlySpan<byte> data, List<(long Begin, long End, NamedTensor Tensor)> tensors)
    {
        if (entry.ValueKind != JsonValueKind.Object
            || !entry.TryGetProperty("dtype", out var dtypeElement) || dtypeElement.ValueKind != JsonValueKind.String
            || !entry.TryGetProperty("shape", out var shapeElement) || shapeElement.ValueKind != JsonValueKind.Array
            || !entry.TryGetProperty("data_offsets", out var offsetsElement) || offsetsElement.ValueKind != JsonValueKind.Array
            || offsetsElement.GetArrayLength() != 2)
        {
            return $"tensor '{name}': expected an object with dtype, shape and data_offsets [begin, end]";
        }
        string dtype = dtypeElement.GetString()!;
        int size = dtype switch { "F64" => 8, "F32" => 4, _ => 0 };
        if (size == 0)
        {
            return $"tensor '{name}': unsupported dtype '{dtype}' (expected F32 or F64)";
        }
        var shape = new List<int>();
        long count = 1;
        foreach (var dim in shapeElement.EnumerateArray())
        {
            if (!dim.TryGetInt32(out int d) || d < 0)
            {
                return $"tensor '{name}': shape entries must be non-negative integers";
            }
            shape.Add(d);
            count *= d;
        }
        if (!offsetsElement[0].TryGetInt64(out long begin) || !offsetsElement[1].TryGetInt64(out long end))
        {
            return $"tensor '{name}': data_offsets must be integers";
        }
        if (begin < 0 || end < begin || end > data.Length)
        {
            return $"tensor '{name}': data_offsets [{begin}, {end}] out of range (data section has {data.Length} bytes)";
        }
        if (end - begin != count * size)
        {
            return $"tensor '{name}': data_offsets span {end - begin} bytes but shape [{string.Join(", ", shape)}] of {dtype} needs {count * size}";
        }
        var values = new double[count];
        var bytes = data.Slice((int)begin, (int)(end - begin));
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = size == 8
                ? BinaryPrimitives.ReadDoubleLittleEndian(bytes[(8 * i)..])
                : BinaryPrimitives.ReadSingleLittleEndian(bytes[(4 * i)..]);
            if (!double.IsFinite(values[i]))
            {
                return $"tensor '{name}': non-finite value {values[i]} at flat index {i}";
            }
        }
        foreach (var other in tensors)
        {
            if (begin < other.End && other.Begin < end)
            {
                return $"tensor '{name}': data_offsets [{begin}, {end}] overlap tensor '{other.Tensor.Name}'";
            }
        }
        tensors.Add((begin, end, new NamedTensor(name, [.. shape], values)));
        return null;
    }
}
