using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.Tests.Data;

public sealed class FileCacheTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("boundcheck-cache-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Decodes a file as its text, counting the decodes (the ground truth for "was the file read").</summary>
    private sealed class Decoder
    {
        public int Reads;

        public Func<string> For(string path) => () =>
        {
            Interlocked.Increment(ref Reads);
            return System.IO.File.ReadAllText(path);
        };
    }

    [Test]
    public void A_second_request_reuses_the_decoded_value()
    {
        var cache = new FileCache<string>(1 << 20, s => s.Length);
        var decoder = new Decoder();
        var path = File("a.txt", "alpha");
        var first = cache.GetOrAdd(path, 0, decoder.For(path));
        var second = cache.GetOrAdd(path, 0, decoder.For(path));
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo("alpha"));
            Assert.That(second, Is.SameAs(first));
            Assert.That(decoder.Reads, Is.EqualTo(1));
            Assert.That(cache.Bytes, Is.EqualTo(5));
        });
    }

    [Test]
    public void A_changed_file_is_decoded_again_and_replaces_the_old_entry()
    {
        var cache = new FileCache<string>(1 << 20, s => s.Length);
        var decoder = new Decoder();
        var path = File("a.txt", "alpha");
        cache.GetOrAdd(path, 0, decoder.For(path));
        System.IO.File.WriteAllText(path, "omega");
        System.IO.File.SetLastWriteTimeUtc(path, System.IO.File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var changed = cache.GetOrAdd(path, 0, decoder.For(path));
        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo("omega"));
            Assert.That(decoder.Reads, Is.EqualTo(2));
            Assert.That(cache.Bytes, Is.EqualTo(5));
        });
    }

    [Test]
    public void Variants_of_one_file_are_kept_apart()
    {
        var cache = new FileCache<string>(1 << 20, s => s.Length);
        var path = File("a.txt", "alpha");
        cache.GetOrAdd(path, 1, () => "one");
        Assert.That(cache.GetOrAdd(path, 2, () => "two"), Is.EqualTo("two"));
    }

    [Test]
    public void Failures_and_missing_files_are_not_kept()
    {
        var cache = new FileCache<string>(1 << 20, s => s.Length == 0 ? null : s.Length);
        var decoder = new Decoder();
        var empty = File("empty.txt", "");
        var missing = Path.Combine(_directory, "missing.txt");
        cache.GetOrAdd(empty, 0, decoder.For(empty));
        cache.GetOrAdd(empty, 0, decoder.For(empty));
        int reads = 0;
        cache.GetOrAdd(missing, 0, () => $"{++reads}");
        Assert.Multiple(() =>
        {
            Assert.That(decoder.Reads, Is.EqualTo(2));
            Assert.That(cache.GetOrAdd(missing, 0, () => $"{++reads}"), Is.EqualTo("2"));
            Assert.That(cache.Bytes, Is.Zero);
        });
    }

    [Test]
    public void Least_recently_used_entries_go_when_the_capacity_is_exceeded()
    {
        var cache = new FileCache<string>(10, s => s.Length);
        var decoder = new Decoder();
        var a = File("a.txt", "aaaa");
        var b = File("b.txt", "bbbb");
        var c = File("c.txt", "cccc");
        cache.GetOrAdd(a, 0, decoder.For(a));
        cache.GetOrAdd(b, 0, decoder.For(b));
        cache.GetOrAdd(a, 0, decoder.For(a));
        cache.GetOrAdd(c, 0, decoder.For(c));
        Assert.That(decoder.Reads, Is.EqualTo(3), "a, b, c decoded once each");
        cache.GetOrAdd(a, 0, decoder.For(a));
        Assert.That(decoder.Reads, Is.EqualTo(3), "a was used after b, so b went");
        cache.GetOrAdd(b, 0, decoder.For(b));
        Assert.Multiple(() =>
        {
            Assert.That(decoder.Reads, Is.EqualTo(4));
            Assert.That(cache.Bytes, Is.LessThanOrEqualTo(10));
        });
    }

    [Test]
    public void Concurrent_requests_decode_once()
    {
        var cache = new FileCache<string>(1 << 20, s => s.Length);
        int reads = 0;
        var path = File("a.txt", "alpha");
        string Decode()
        {
            Interlocked.Increment(ref reads);
            Thread.Sleep(50);
            return "alpha";
        }
        var values = new string[8];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => values[i] = cache.GetOrAdd(path, 0, Decode));
        Assert.Multiple(() =>
        {
            Assert.That(reads, Is.EqualTo(1));
            Assert.That(values, Is.All.EqualTo("alpha"));
        });
    }

    [Test]
    public void A_throwing_decoder_is_not_remembered()
    {
        var cache = new FileCache<string>(1 << 20, s => s.Length);
        var path = File("a.txt", "alpha");
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd(path, 0, () => throw new InvalidOperationException("boom")));
        Assert.That(cache.GetOrAdd(path, 0, () => "alpha"), Is.EqualTo("alpha"));
    }
}
