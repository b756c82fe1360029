using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.IO;

/// <summary>
/// Maps a Dataset to and from the tensors "X" (shape [n, d], row-major: row i is sample i, exactly the layout
/// of <see cref="Dataset.Inputs"/>) and "y" (shape [n]).
/// </summary>
public static class DatasetTensors
{
    /// <summary>The tensors X and y of <paramref name="data"/>.</summary>
    public static IReadOnlyList<NamedTensor> ToTensors(Dataset data) =>
    [
        new NamedTensor("X", [data.Count, data.Dimension], data.Inputs),
        new NamedTensor("y", [data.Count], data.Targets),
    ];

    /// <summary>A Dataset from the tensors X ([n, d]) and y ([n] or [n, 1]), or a message saying what is missing.</summary>
    public static DataResult FromFile(TensorFile file, string name)
    {
        var x = file.Find("X");
        var y = file.Find("y");
        if (x is null || y is null)
        {
            return DataResult.Fail($"{name}: expected tensors 'X' [n, d] and 'y' [n], missing '{(x is null ? "X" : "y")}'");
        }
        if (x.Shape.Length != 2)
        {
            return DataResult.Fail($"{name}: tensor 'X' must have shape [n, d], got [{string.Join(", ", x.Shape)}]");
        }
        if (y.Data.Length != x.Shape[0] || y.Shape.Length is not (1 or 2))
        {
            return DataResult.Fail($"{name}: tensor 'y' must have shape [{x.Shape[0]}], got [{string.Join(", ", y.Shape)}]");
        }
        return DataResult.Ok(new Dataset(name, x.Shape[0], x.Shape[1], x.Data, y.Data));
    }
}
