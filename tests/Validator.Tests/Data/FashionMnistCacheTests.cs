using System.Buffers.Binary;
using System.IO.Compression;
using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.Tests.Data;

/// <summary>
/// The process-wide cache behind FashionMnist.Load, on tiny IDX files written here: three 2 x 2 images, all equal,
/// so the expected rescaled inputs are known by hand whatever subset order the seed picks.
/// </summary>
public sealed class FashionMnistCacheTests
{
    private static readonly DateTime Written = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private string _directory = "";

    private string Images => Path.Combine(_directory, "train-images-idx3-ubyte.gz");

    [SetUp]
    public void WriteFiles()
    {
        _directory = Directory.CreateTempSubdirectory("boundcheck-idx-").FullName;
        WriteImages([1, 0, 0, 0]);
        WriteIdx(Path.Combine(_directory, "train-labels-idx1-ubyte.gz"), IdxFile.LabelMagic, [3], [0, 1, 0]);
    }

    [TearDown]
    public void DeleteFiles() => Directory.Delete(_directory, recursive: true);

    private void WriteImages(byte[] image) => WriteIdx(Images, IdxFile.ImageMagic, [3, 2, 2], [.. image, .. image, .. image]);

    /// <summary>Stored (uncompressed) gzip, so files with equally many bytes have equal lengths.</summary>
    private static void WriteIdx(string path, int magic, int[] dimensions, byte[] data)
    {
        var header = new byte[4 + 4 * dimensions.Length];
        BinaryPrimitives.WriteInt32BigEndian(header, magic);
        for (int i = 0; i < dimensions.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + 4 * i), dimensions[i]);
        }
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.NoCompression))
        {
            gzip.Write(header);
            gzip.Write(data);
        }
        File.SetLastWriteTimeUtc(path, Written);
    }

    private double[] Load() => FashionMnist.Load(3, seed: 1, directory: _directory).Dataset!.Inputs;

    [Test]
    public void A_second_load_reuses_the_decoded_file_and_returns_equal_unshared_data()
    {
        var first = Load();
        long length = new FileInfo(Images).Length;
        // Same length and write time, other pixels: only a re-read would see them.
        WriteImages([0, 3, 0, 4]);
        Assume.That(new FileInfo(Images).Length, Is.EqualTo(length));
        var second = Load();
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new double[] { 2, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0 }).Within(Tolerances.Norm));
            Assert.That(second, Is.EqualTo(first), "the file was read again");
            Assert.That(second, Is.Not.SameAs(first));
        });
        first[0] = 99;
        Assert.That(Load()[0], Is.EqualTo(2.0).Within(Tolerances.Norm), "one caller's change reached another");
    }

    [Test]
    public void A_file_with_a_new_write_time_is_read_again()
    {
        Load();
        WriteImages([0, 3, 0, 4]);
        File.SetLastWriteTimeUtc(Images, Written.AddMinutes(1));
        // sqrt(0 + 9 + 0 + 16) = 5, rescaled to norm sqrt(4) = 2: factor 2/5.
        Assert.That(Load(), Is.EqualTo(new[] { 0, 1.2, 0, 1.6, 0, 1.2, 0, 1.6, 0, 1.2, 0, 1.6 }).Within(Tolerances.Norm));
    }
}
