namespace BoundCheck.Validator.Networks;

/// <summary>An architecture with its parameter layout; parameters live outside, in one flat double[] theta.</summary>
public sealed class Network
{
    /// <summary>Lays out <paramref name="architecture"/>.</summary>
    public Network(Architecture architecture)
    {
        Architecture = architecture;
        Layout = new ParameterLayout(architecture);
    }

    /// <summary>The architecture.</summary>
    public Architecture Architecture { get; }

    /// <summary>Offsets and shapes of W^(l), b^(l), v inside theta.</summary>
    public ParameterLayout Layout { get; }

    /// <summary>p.</summary>
    public int ParameterCount => Layout.Count;

    /// <summary>L.</summary>
    public int Depth => Architecture.Depth;

    /// <summary>Checks that theta has p entries; a mismatch throws with both numbers.</summary>
    public void CheckParameters(ReadOnlySpan<double> theta)
    {
        if (theta.Length != ParameterCount)
        {
            throw new ArgumentException(
                $"theta has {theta.Length} entries but {Architecture.Describe()} has p = {ParameterCount} parameters", nameof(theta));
        }
    }
}
