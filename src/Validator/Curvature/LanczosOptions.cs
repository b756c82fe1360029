namespace BoundCheck.Validator.Curvature;

/// <summary>Settings of a Lanczos run.</summary>
/// <param name="Tolerance">Stop when ||A y - theta y|| &lt;= Tolerance * |theta| for the requested end(s).</param>
/// <param name="MaxIterations">Upper bound on Krylov dimension (capped at the operator dimension).</param>
/// <param name="Seed">Seed of the Gaussian start vector.</param>
/// <param name="Target">Which end(s) must be certified.</param>
/// <param name="ComputeVectors">Return the Ritz vectors of the two ends.</param>
/// <param name="MinIterations">Do not stop (except on an invariant subspace) before this many steps, capped at the
/// iteration limit: a probabilistic certificate (<see cref="KuczynskiWozniakowski"/>) needs enough steps to say anything.</param>
public sealed record LanczosOptions(
    double Tolerance = 1e-6,
    int MaxIterations = 300,
    int Seed = 1,
    SpectrumEnd Target = SpectrumEnd.Both,
    bool ComputeVectors = false,
    int MinIterations = 0)
{
    /// <summary>The defaults: relative tolerance 1e-6, 300 iterations, seed 1, both ends.</summary>
    public static LanczosOptions Default { get; } = new();

    /// <summary>Throws when a field is out of range (checked once, at the public layer).</summary>
    public void Validate()
    {
        if (!(Tolerance > 0 && Tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must lie in (0, 1).");
        }
        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be >= 1.");
        }
    }
}
