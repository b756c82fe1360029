namespace BoundCheck.Validator.Data;

/// <summary>
/// Deterministic Fashion-MNIST subsets from the Debian package dataset-fashion-mnist: flattened 28 x 28
/// images rescaled to norm sqrt(784); targets are class indices 0..9, or -1/+1 for a two-class subset
/// (the first listed class is -1, the second +1).
/// </summary>
public static class FashionMnist
{
    /// <summary>Where the Debian package installs the gzipped IDX files.</summary>
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>
    /// A subset of <paramref name="n"/> images chosen by a seeded permutation; with <paramref name="classes"/>
    /// only those classes; <paramref name="balanced"/> takes them round-robin over the classes.
    /// </summary>
    public static DataResult Load(
        int n, int seed = 1, IReadOnlyList<int>? classes = null, bool balanced = false, bool test = false, string? directory = null)
    {
        directory ??= DefaultDirectory;
        string prefix = test ? "t10k" : "train";
        string images = Path.Combine(directory, $"{prefix}-images-idx3-ubyte.gz");
        string labelsPath = Path.Combine(directory, $"{prefix}-labels-idx1-ubyte.gz");
        foreach (string path in new[] { images, labelsPath })
        {
            if (!File.Exists(path))
            {
                return DataResult.Fail($"{path} not found: install Fashion-MNIST with `apt-get install dataset-fashion-mnist`");
            }
        }
        if (classes is { } cs && (cs.Count == 0 || cs.Any(c => c is < 0 or > 9) || cs.Distinct().Count() != cs.Count))
        {
            return DataResult.Fail($"classes must be distinct integers in 0..9, got '{string.Join(",", cs)}'");
        }
        var (imageFile, imageError) = IdxFile.Read(images, IdxFile.ImageMagic);
        var (labelFile, labelError) = IdxFile.Read(labelsPath, IdxFile.LabelMagic);
        if (imageFile is null || labelFile is null)
        {
            return DataResult.Fail(imageError ?? labelError!);
        }
        if (imageFile.Dimensions[0] != labelFile.Dimensions[0])
        {
            return DataResult.Fail($"{images}: {imageFile.Dimensions[0]} images but {labelFile.Dimensions[0]} labels");
        }
        return Subset(imageFile, labelFile.Data.ToArray(), n, seed, classes, balanced, test);
    }

    private static DataResult Subset(
        IdxFile.Content images, byte[] labels, int n, int seed, IReadOnlyList<int>? classes, bool balanced, bool test)
    {
        int d = images.Dimensions[1] * images.Dimensions[2];
        var chosen = SubsetSelection.Choose(labels, n, seed, classes, balanced);
        if (chosen.Error is not null)
        {
            return DataResult.Fail($"fashion-mnist: {chosen.Error}");
        }
        var x = new double[n * d];
        var y = new double[n];
        for (int s = 0; s < n; s++)
        {
            int index = chosen.Indices[s];
            var pixels = images.Data.Span.Slice(index * d, d);
            double norm = 0;
            foreach (byte p in pixels)
            {
                norm += (double)p * p;
            }
            norm = Math.Sqrt(norm);
            double scale = norm > 0 ? Math.Sqrt(d) / norm : 0;
            for (int i = 0; i < d; i++)
            {
                x[s * d + i] = pixels[i] * scale;
            }
            int label = labels[index];
            y[s] = classes is { Count: 2 } two ? (label == two[0] ? -1 : 1) : label;
        }
        string classTag = classes is null ? "" : $"-c{string.Join("v", classes)}";
        string labelTag = classes is { Count: 2 } ? "-pm1" : "";
        string name = $"fashion-mnist{(test ? "-test" : "")}-n{n}{classTag}{labelTag}{(balanced ? "-balanced" : "")}-seed{seed}";
        return DataResult.Ok(new Dataset(name, n, d, x, y));
    }
}
