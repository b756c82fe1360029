namespace BoundCheck.Validator.Data;

/// <summary>Deterministic choice of n sample indices by label: a seeded permutation, optionally class-balanced.</summary>
internal static class SubsetSelection
{
    public sealed record Choice(int[] Indices, string? Error);

    public static Choice Choose(byte[] labels, int n, int seed, IReadOnlyList<int>? classes, bool balanced)
    {
        var order = Enumerable.Range(0, labels.Length).ToArray();
        new Random(seed).Shuffle(order);
        var allowed = classes ?? Enumerable.Range(0, 10).ToArray();
        var eligible = order.Where(i => allowed.Contains(labels[i])).ToArray();
        if (n < 1 || n > eligible.Length)
        {
            return new Choice([], $"n = {n} must lie in 1..{eligible.Length} (samples of the requested classes)");
        }
        if (!balanced)
        {
            return new Choice(eligible[..n], null);
        }
        // Round-robin over the classes in their listed order, each class in its permuted order.
        var queues = allowed.Select(c => new Queue<int>(eligible.Where(i => labels[i] == c))).ToArray();
        var picked = new List<int>(n);
        while (picked.Count < n)
        {
            bool any = false;
            foreach (var queue in queues)
            {
                if (picked.Count < n && queue.TryDequeue(out int index))
                {
                    picked.Add(index);
                    any = true;
                }
            }
            if (!any)
            {
                break;
            }
        }
        return new Choice([.. picked], null);
    }
}
