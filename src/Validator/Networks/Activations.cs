namespace BoundCheck.Validator.Networks;

/// <summary>The catalogue of activations, by name.</summary>
public static class Activations
{
    /// <summary>tanh.</summary>
    public static Activation Tanh { get; } = new TanhActivation();
    /// <summary>Logistic sigmoid 1/(1+e^-z).</summary>
    public static Activation Sigmoid { get; } = new SigmoidActivation();
    /// <summary>softplus log(1+e^z).</summary>
    public static Activation Softplus { get; } = new SoftplusActivation();
    /// <summary>GELU z Phi(z) (exact, with the normal CDF).</summary>
    public static Activation Gelu { get; } = new GeluActivation();
    /// <summary>SiLU z sigmoid(z).</summary>
    public static Activation Silu { get; } = new SiluActivation();
    /// <summary>The identity (linear networks).</summary>
    public static Activation Identity { get; } = new IdentityActivation();

    /// <summary>All activations, in catalogue order.</summary>
    public static IReadOnlyList<Activation> All { get; } = [Tanh, Sigmoid, Softplus, Gelu, Silu, Identity];

    /// <summary>Names accepted by <see cref="TryParse"/>.</summary>
    public static string Names => string.Join(", ", All.Select(a => a.Name));

    /// <summary>The activation called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Activation? TryParse(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
