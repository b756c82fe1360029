using BoundCheck.Validator.Data;
using BoundCheck.Validator.IO;

namespace BoundCheck.Validator.Tests.IO;

public sealed class DatasetTensorsTests
{
    [Test]
    public void Dataset_round_trips_through_a_safetensors_file()
    {
        var data = SyntheticData.Sphere(5, 3, seed: 2);
        var bytes = SafetensorsWriter.ToBytes(DatasetTensors.ToTensors(data));
        var back = DatasetTensors.FromFile(SafetensorsReader.Parse(bytes, "mem").File!, "mem").Dataset!;
        Assert.Multiple(() =>
        {
            Assert.That(back.Count, Is.EqualTo(5));
            Assert.That(back.Dimension, Is.EqualTo(3));
            Assert.That(back.Inputs, Is.EqualTo(data.Inputs));
            Assert.That(back.Targets, Is.EqualTo(data.Targets));
            Assert.That(back.Input(1).ToArray(), Is.EqualTo(data.Input(1).ToArray()));
        });
    }

    [Test]
    public void Missing_or_misshapen_tensors_are_reported()
    {
        var onlyX = new TensorFile([new NamedTensor("X", [2, 2], [1, 2, 3, 4])], new Dictionary<string, string>());
        var badY = new TensorFile([new NamedTensor("X", [2, 2], [1, 2, 3, 4]), new NamedTensor("y", [3], [1, 2, 3])], new Dictionary<string, string>());
        Assert.Multiple(() =>
        {
            Assert.That(DatasetTensors.FromFile(onlyX, "f").Error, Does.Contain("missing 'y'"));
            Assert.That(DatasetTensors.FromFile(badY, "f").Error, Does.Contain("tensor 'y' must have shape [2]"));
        });
    }
}
