using BoundCheck.Validator.IO;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>The architecture a file of per-layer tensors holds: input dimension d = m_0, hidden widths m_1..m_L, biases.</summary>
public sealed record TensorShape(int InputDimension, IReadOnlyList<int> Widths, bool Biases);

/// <summary>
/// Reads the architecture off per-layer tensors in <see cref="ParameterTensors"/>' layout (W1 [m_1, d], ..., WL [m_L,
/// m_{L-1}], optional b1..bL [m_l], v [m_L] or [1, m_L]): every tensor of the file must be one of them, or the file is
/// refused naming the tensor.
/// </summary>
public static class TensorShapes
{
    /// <summary>The shape the tensors hold; null for a flat 'theta' (which says nothing of the architecture).</summary>
    public static TensorShape? Infer(TensorFile file, string source)
    {
        if (file.Find("theta") is not null)
        {
            return file.Tensors.FirstOrDefault(t => t.Name != "theta") is { } other
                ? throw new InputException($"{source}: tensor '{other.Name}' beside a flat 'theta': give either theta or the per-layer tensors")
                : null;
        }
        var weights = new List<NamedTensor>();
        while (file.Find($"W{weights.Count + 1}") is { } w)
        {
            var previous = weights.Count == 0 ? (int?)null : weights[^1].Shape[0];
            if (w.Shape.Length != 2 || (previous is { } rows && w.Shape[1] != rows))
            {
                throw new InputException($"{source}: tensor '{w.Name}' has shape {Shape(w)}, expected [m_{weights.Count + 1}, {previous?.ToString() ?? "d"}]");
            }
            weights.Add(w);
        }
        if (weights.Count == 0)
        {
            throw new InputException($"{source}: no tensor 'W1' and no flat 'theta' (per-layer tensors are W1..WL, b1..bL, v)");
        }
        var widths = weights.Select(w => w.Shape[0]).ToArray();
        var depth = widths.Length;
        if (file.Tensors.FirstOrDefault(t => t.Name.StartsWith('W') && int.TryParse(t.Name[1..], out var l) && l > depth) is { } beyond)
        {
            throw new InputException($"{source}: tensor '{beyond.Name}' is not a parameter of the {depth}-layer network W1..W{depth} the file holds "
                + $"(it has no W{depth + 1}): layers are W1..WL without gaps");
        }
        var output = file.Find("v") ?? throw new InputException($"{source}: no tensor 'v' (the output vector, [{widths[^1]}] or [1, {widths[^1]}])");
        if (output.ElementCount != widths[^1] || output.Shape.Length > 2)
        {
            throw new InputException($"{source}: tensor 'v' has shape {Shape(output)}, expected [{widths[^1]}] or [1, {widths[^1]}] (the width of W{depth})");
        }
        var biases = Enumerable.Range(1, depth).Select(l => file.Find($"b{l}")).ToList();
        if (biases.Any(b => b is not null))
        {
            for (var l = 1; l <= depth; l++)
            {
                var b = biases[l - 1] ?? throw new InputException($"{source}: tensor '{biases.First(x => x is not null)!.Name}' but no 'b{l}': biases come for every layer or none");
                if (b.ElementCount != widths[l - 1] || b.Shape.Length != 1)
                {
                    throw new InputException($"{source}: tensor 'b{l}' has shape {Shape(b)}, expected [{widths[l - 1]}] (the width of W{l})");
                }
            }
        }
        var used = weights.Select(w => w.Name).Concat(biases.OfType<NamedTensor>().Select(b => b.Name)).Append("v").ToHashSet(StringComparer.Ordinal);
        if (file.Tensors.FirstOrDefault(t => !used.Contains(t.Name)) is { } unused)
        {
            throw new InputException($"{source}: tensor '{unused.Name}' is not a parameter of the {depth}-layer network W1..W{depth} the file holds "
                + "(expected W1..WL consecutively, b1..bL, v): every tensor must be used");
        }
        return new TensorShape(weights[0].Shape[1], widths, biases[0] is not null);
    }

    private static string Shape(NamedTensor t) => $"[{string.Join(", ", t.Shape)}]";
}
