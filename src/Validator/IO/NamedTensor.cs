namespace BoundCheck.Validator.IO;

/// <summary>Element type of a stored tensor.</summary>
public enum TensorDType
{
    /// <summary>IEEE single precision, "F32".</summary>
    F32,

    /// <summary>IEEE double precision, "F64".</summary>
    F64,
}

/// <summary>A named tensor: row-major (C order, as safetensors stores it) data of the given shape, read as doubles.</summary>
public sealed record NamedTensor(string Name, int[] Shape, double[] Data)
{
    /// <summary>Product of the shape (1 for a scalar).</summary>
    public long ElementCount => Shape.Aggregate(1L, (a, b) => a * b);
}

/// <summary>The tensors and free-form metadata of a safetensors file.</summary>
public sealed record TensorFile(IReadOnlyList<NamedTensor> Tensors, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The tensor called <paramref name="name"/>, or null.</summary>
    public NamedTensor? Find(string name) => Tensors.FirstOrDefault(t => t.Name == name);
}

/// <summary>A read file, or a message naming the file, the tensor and what is wrong.</summary>
public sealed record TensorFileResult(TensorFile? File, string? Error)
{
    /// <summary>True when <see cref="File"/> is set.</summary>
    public bool IsSuccess => File is not null;
}
