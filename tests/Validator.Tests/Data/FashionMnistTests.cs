using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.Tests.Data;

public sealed class FashionMnistTests
{
    private static bool Installed => File.Exists(Path.Combine(FashionMnist.DefaultDirectory, "train-images-idx3-ubyte.gz"));

    [Test]
    public void Two_class_subset_is_rescaled_labelled_plus_minus_one_and_deterministic()
    {
        Assume.That(Installed, "dataset-fashion-mnist not installed");
        var result = FashionMnist.Load(40, seed: 2, classes: [0, 1]);
        var again = FashionMnist.Load(40, seed: 2, classes: [0, 1]);
        var data = result.Dataset!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.Null);
            Assert.That(data.Dimension, Is.EqualTo(784));
            Assert.That(data.Name, Is.EqualTo("fashion-mnist-n40-c0v1-pm1-seed2"));
            Assert.That(data.Targets.All(y => y is -1.0 or 1.0), Is.True);
            Assert.That(again.Dataset!.Inputs, Is.EqualTo(data.Inputs));
            double norm = Math.Sqrt(data.Input(7).ToArray().Sum(v => v * v));
            Assert.That(norm, Is.EqualTo(28.0).Within(Tolerances.Norm * 28));
        });
    }

    [Test]
    public void Balanced_subset_has_equal_class_counts()
    {
        Assume.That(Installed, "dataset-fashion-mnist not installed");
        var data = FashionMnist.Load(30, seed: 1, classes: [2, 5, 9], balanced: true).Dataset!;
        var counts = data.Targets.GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(counts, Is.EquivalentTo(new Dictionary<double, int> { [2] = 10, [5] = 10, [9] = 10 }));
    }

    [Test]
    public void Missing_files_say_how_to_install_them()
    {
        var result = FashionMnist.Load(10, directory: "/nonexistent/fashion");
        Assert.That(result.Error, Does.Contain("apt-get install dataset-fashion-mnist"));
    }

    [Test]
    public void Idx_parser_rejects_a_wrong_magic_and_truncated_data()
    {
        // Label file header: magic 2049, count 3, but only 2 label bytes.
        byte[] truncated = [0, 0, 8, 1, 0, 0, 0, 3, 4, 5];
        byte[] wrongMagic = [0, 0, 8, 3, 0, 0, 0, 1, 4];
        Assert.Multiple(() =>
        {
            Assert.That(IdxFile.Parse(truncated, IdxFile.LabelMagic, "f").Error, Does.Contain("truncated data"));
            Assert.That(IdxFile.Parse(wrongMagic, IdxFile.LabelMagic, "f").Error, Does.Contain("magic number 2051, expected 2049"));
            Assert.That(IdxFile.Parse([0, 0, 8, 1, 0, 0, 0, 2, 7, 9], IdxFile.LabelMagic, "f").Content!.Data.ToArray(), Is.EqualTo(new byte[] { 7, 9 }));
        });
    }
}
