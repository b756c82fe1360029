namespace BoundCheck.Validator.Data;

/// <summary>
/// n labelled inputs in R^d. <paramref name="Inputs"/> holds sample i at [i*d, (i+1)*d): read as a
/// column-major d x n matrix X^T (one column per sample), the shape the batched forward pass multiplies.
/// </summary>
/// <param name="Name">Readable, reproducible description, e.g. "sphere-n128-d32-teacher-seed1".</param>
public sealed record Dataset(string Name, int Count, int Dimension, double[] Inputs, double[] Targets)
{
    /// <summary>The i-th input as a span of length d.</summary>
    public ReadOnlySpan<double> Input(int i) => Inputs.AsSpan(i * Dimension, Dimension);
}
