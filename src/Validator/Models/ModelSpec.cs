namespace BoundCheck.Validator.Models;

/// <summary>
/// The one description of an architecture that models are built from (<see cref="ModelBuilder"/>): plain data, one
/// record per family, so check, sweep, measure and bench say what they want the same way. The input dimension comes
/// from the data.
/// </summary>
public abstract record ModelSpec
{
    /// <summary>The family's name ("fc").</summary>
    public abstract string Family { get; }

    /// <summary>
    /// A fully-connected scalar-output network with hidden widths m_1..m_L: activation (by name), scaling, optional
    /// biases, optional skip connections on the equal-width hidden layers l &gt;= 2.
    /// </summary>
    public sealed record FullyConnected(IReadOnlyList<int> Widths, string Activation, Scaling Scaling = Scaling.Ntk,
        bool Biases = false, bool Residual = false) : ModelSpec
    {
        /// <inheritdoc/>
        public override string Family => "fc";

        /// <summary>Depth L and width m in every hidden layer.</summary>
        public static FullyConnected Uniform(int depth, int width, string activation, Scaling scaling = Scaling.Ntk,
            bool biases = false, bool residual = false) =>
            new([.. Enumerable.Repeat(width, Math.Max(depth, 0))], activation, scaling, biases, residual);
    }
}
