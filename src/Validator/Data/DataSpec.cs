using System.Globalization;

namespace BoundCheck.Validator.Data;

/// <summary>
/// Parses the CLI data spec: <c>synthetic:n=128,d=32[,labels=teacher|random][,inputs=sphere|gaussian][,seed=S][,teacher=T]</c>,
/// <c>fashion-mnist:n=512[,classes=0,1][,balanced=true][,split=train|test][,seed=S]</c>, <c>csv:path</c>.
/// </summary>
public static class DataSpec
{
    /// <summary>Loads the dataset the spec names, or returns a message saying what is wrong in it.</summary>
    public static DataResult Load(string spec, int defaultSeed = 1)
    {
        int colon = spec.IndexOf(':');
        string kind = colon < 0 ? spec.Trim() : spec[..colon].Trim();
        string rest = colon < 0 ? "" : spec[(colon + 1)..];
        switch (kind)
        {
            case "csv":
                return rest.Length == 0 ? DataResult.Fail($"data spec '{spec}': csv needs a path, e.g. csv:data.csv") : CsvData.Load(rest);
            case "synthetic":
            case "fashion-mnist":
                var (options, error) = SpecOptions.Parse(rest);
                if (error is not null)
                {
                    return DataResult.Fail($"data spec '{spec}': {error}");
                }
                var result = kind == "synthetic" ? Synthetic(options!, defaultSeed) : Fashion(options!, defaultSeed);
                return result.IsSuccess ? result : DataResult.Fail($"data spec '{spec}': {result.Error}");
            default:
                return DataResult.Fail($"data spec '{spec}': unknown kind '{kind}', expected synthetic, fashion-mnist or csv");
        }
    }

    private static DataResult Synthetic(SpecOptions o, int defaultSeed)
    {
        var unknown = o.Unknown("n", "d", "labels", "inputs", "seed", "teacher");
        if (unknown is not null)
        {
            return DataResult.Fail(unknown);
        }
        if (o.Int("n", null, 1) is not (int n, null) || o.Int("d", null, 1) is not (int d, null)
            || o.Int("seed", defaultSeed, int.MinValue) is not (int seed, null))
        {
            return DataResult.Fail(o.FirstError!);
        }
        var labels = o.Choice("labels", "teacher", "teacher", "random");
        var inputs = o.Choice("inputs", "sphere", "sphere", "gaussian");
        if (labels is null || inputs is null)
        {
            return DataResult.Fail(o.FirstError!);
        }
        int? teacher = null;
        if (o.Has("teacher"))
        {
            if (o.Int("teacher", null, int.MinValue) is not (int t, null))
            {
                return DataResult.Fail(o.FirstError!);
            }
            teacher = t;
        }
        return DataResult.Ok(SyntheticData.Generate(
            inputs == "sphere" ? InputKind.Sphere : InputKind.Gaussian, n, d,
            labels == "teacher" ? LabelKind.Teacher : LabelKind.Random, seed, teacher));
    }

    private static DataResult Fashion(SpecOptions o, int defaultSeed)
    {
        var unknown = o.Unknown("n", "classes", "balanced", "split", "seed");
        if (unknown is not null)
        {
            return DataResult.Fail(unknown);
        }
        if (o.Int("n", null, 1) is not (int n, null) || o.Int("seed", defaultSeed, int.MinValue) is not (int seed, null))
        {
            return DataResult.Fail(o.FirstError!);
        }
        var balanced = o.Choice("balanced", "false", "true", "false");
        var split = o.Choice("split", "train", "train", "test");
        if (balanced is null || split is null)
        {
            return DataResult.Fail(o.FirstError!);
        }
        List<int>? classes = null;
        if (o.Has("classes"))
        {
            classes = [];
            foreach (string c in o.Raw("classes").Split(','))
            {
                if (!int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                {
                    return DataResult.Fail($"classes: expected integers in 0..9, got '{c}'");
                }
                classes.Add(value);
            }
        }
        return FashionMnist.Load(n, seed, classes, balanced == "true", split == "test");
    }
}
