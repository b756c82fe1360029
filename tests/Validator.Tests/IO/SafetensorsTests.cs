using System.Text;
using BoundCheck.Validator.IO;

namespace BoundCheck.Validator.Tests.IO;

public sealed class SafetensorsTests
{
    private static readonly NamedTensor[] Sample =
    [
        new("W1", [2, 3], [1, -2.5, 3e-7, 4, 5, 6]),
        new("v", [3], [0.25, -1, 1e10]),
        new("scalar", [], [42]),
    ];

    [Test]
    public void F64_round_trip_is_exact_and_keeps_metadata()
    {
        var bytes = SafetensorsWriter.ToBytes(Sample, TensorDType.F64, new Dictionary<string, string> { ["seed"] = "1" });
        var file = SafetensorsReader.Parse(bytes, "mem").File!;
        Assert.Multiple(() =>
        {
            Assert.That(file.Tensors.Select(t => t.Name), Is.EqualTo(new[] { "W1", "v", "scalar" }));
            Assert.That(file.Find("W1")!.Shape, Is.EqualTo(new[] { 2, 3 }));
            Assert.That(file.Find("W1")!.Data, Is.EqualTo(Sample[0].Data));
            Assert.That(file.Find("scalar")!.Data, Is.EqualTo(new double[] { 42 }));
            Assert.That(file.Metadata["seed"], Is.EqualTo("1"));
            Assert.That((BitConverter.ToInt64(bytes, 0) % 8), Is.Zero);
        });
    }

    [Test]
    public void F32_round_trip_is_within_single_precision()
    {
        var file = SafetensorsReader.Parse(SafetensorsWriter.ToBytes(Sample, TensorDType.F32), "mem").File!;
        for (int t = 0; t < Sample.Length; t++)
        {
            for (int i = 0; i < Sample[t].Data.Length; i++)
            {
                double expected = Sample[t].Data[i];
                Assert.That(file.Tensors[t].Data[i], Is.EqualTo(expected).Within(Math.Abs(expected) * Tolerances.SinglePrecision));
            }
        }
    }

    [Test]
    public void File_round_trip_on_disk()
    {
        string path = Path.Combine(Path.GetTempPath(), $"boundcheck-{Environment.ProcessId}.safetensors");
        try
        {
            SafetensorsWriter.Write(path, Sample);
            Assert.That(SafetensorsReader.Read(path).File!.Find("v")!.Data, Is.EqualTo(Sample[1].Data));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Reads_a_file_written_byte_by_byte_by_hand()
    {
        // Independent of the writer: header {"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}} with no padding,
        // then 1.5f = 0x3FC00000 and -2f = 0xC0000000, little-endian.
        string header = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        var bytes = new List<byte>();
        bytes.AddRange([(byte)header.Length, 0, 0, 0, 0, 0, 0, 0]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        bytes.AddRange([0x00, 0x00, 0xC0, 0x3F, 0x00, 0x00, 0x00, 0xC0]);
        var tensor = SafetensorsReader.Parse([.. bytes], "hand").File!.Tensors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(tensor.Name, Is.EqualTo("a"));
            Assert.That(tensor.Data, Is.EqualTo(new[] { 1.5, -2.0 }));
        });
    }

    [TestCase("{\"a\":{\"dtype\":\"BF16\",\"shape\":[1],\"data_offsets\":[0,2]}}", 2, "tensor 'a': unsupported dtype 'BF16'")]
    [TestCase("{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16]}}", 8, "tensor 'a': data_offsets [0, 16] out of range")]
    [TestCase("{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8, "needs 16")]
    [TestCase("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]}}", 8, "overlap tensor 'a'")]
    [TestCase("{\"a\":", 0, "header is not valid JSON")]
    public void Malformed_headers_are_reported(string header, int dataBytes, string fragment)
    {
        var bytes = new byte[8 + header.Length + dataBytes];
        BitConverter.GetBytes((long)header.Length).CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes(header).CopyTo(bytes, 8);
        var result = SafetensorsReader.Parse(bytes, "bad.safetensors");
        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Does.StartWith("bad.safetensors: "));
            Assert.That(result.Error, Does.Contain(fragment));
        });
    }

    [Test]
    public void Truncated_files_are_reported()
    {
        var bytes = SafetensorsWriter.ToBytes(Sample);
        Assert.Multiple(() =>
        {
            Assert.That(SafetensorsReader.Parse(bytes[..5], "t").Error, Does.Contain("truncated"));
            Assert.That(SafetensorsReader.Parse(bytes[..20], "t").Error, Does.Contain("truncated"));
            Assert.That(SafetensorsReader.Parse(bytes[..^8], "t").Error, Does.Contain("out of range"));
        });
    }

    [Test]
    public void Non_finite_values_name_the_tensor_and_index()
    {
        var bytes = SafetensorsWriter.ToBytes([new NamedTensor("W2", [3], [1, double.NaN, 2])]);
        Assert.That(SafetensorsReader.Parse(bytes, "t").Error, Is.EqualTo("t: tensor 'W2': non-finite value NaN at flat index 1"));
    }
}
