namespace BoundCheck.Bounds.Theorems;

/// <summary>A network family a theorem talks about; the Validator builds networks of that family.</summary>
public sealed record ModelFamily(string Name, string Description);

/// <summary>The known model families (the models of the shipped papers: Banerjee et al. 2023, Chatterjee 2022, Kawaguchi and Sun 2021, Liu et al. 2020).</summary>
public static class ModelFamilies
{
    /// <summary>Every known family.</summary>
    public static IReadOnlyList<ModelFamily> All { get; } =
    [
        new("fc", "Banerjee et al., arXiv:2209.15106v1: fully connected, NTK scaling 1/sqrt(fan_in), no biases, scalar linear output v^T alpha^(L)/sqrt(m)"),
        new("fc-standard", "Chatterjee, arXiv:2203.16462v5: fully connected, standard parameterisation z^(l+1) = W_(l+1) a^l, linear output c^T a^L"),
        new("fc-wide-layer", "Kawaguchi and Sun, arXiv:2104.05785v2: fully connected, narrow hidden layers and one layer of width >= n"),
        new("any", "any C^2 nonnegative objective (criteria stated for a general f, applied to a network's loss)"),
    ];

    /// <summary>The family called <paramref name="name"/>, or null.</summary>
    public static ModelFamily? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
