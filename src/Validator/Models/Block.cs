namespace BoundCheck.Validator.Models;

/// <summary>Where a matrix block lives in theta: column-major Rows x Cols starting at Offset.</summary>
public readonly record struct Block(int Offset, int Rows, int Cols)
{
    /// <summary>Rows * Cols.</summary>
    public int Length => Rows * Cols;

    /// <summary>The block's entries inside a flat parameter vector.</summary>
    public Span<double> Of(Span<double> theta) => theta.Slice(Offset, Length);

    /// <summary>The block's entries inside a flat parameter vector.</summary>
    public ReadOnlySpan<double> Of(ReadOnlySpan<double> theta) => theta.Slice(Offset, Length);
}
