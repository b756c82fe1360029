namespace BoundCheck.Validator.Data;

/// <summary>A loaded dataset or a message for the user saying what is wrong and where (errors are data).</summary>
public sealed record DataResult(Dataset? Dataset, string? Error)
{
    /// <summary>True when <see cref="Dataset"/> is set.</summary>
    public bool IsSuccess => Dataset is not null;

    /// <summary>A successful result.</summary>
    public static DataResult Ok(Dataset dataset) => new(dataset, null);

    /// <summary>A failed result with a message naming what and where.</summary>
    public static DataResult Fail(string error) => new(null, error);
}
