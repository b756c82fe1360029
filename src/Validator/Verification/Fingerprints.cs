using System.Security.Cryptography;
using System.Text;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>
/// Digests of what a stored result depends on besides its setting (STYLE.md item 13: a cache key is a hash of
/// everything the result depends on, content included): the theorem's text, the data's content and the tool's code.
/// </summary>
public static class Fingerprints
{
    /// <summary>SHA-256 of the theorem block's text and of every block it uses.</summary>
    public static string Theorem(Theorem theorem) => Hash(theorem.Text);

    /// <summary>
    /// The data a spec reads: for <c>csv:PATH</c> the SHA-256 of the file's bytes (a missing file gives "missing"), for
    /// Fashion-MNIST the names and sizes of the installed IDX files; synthetic data is the spec itself (its generator
    /// is part of the tool).
    /// </summary>
    public static string Data(string spec)
    {
        if (spec.StartsWith("csv:", StringComparison.Ordinal))
        {
            var path = spec[4..];
            return File.Exists(path) ? Hash(File.ReadAllBytes(path)) : "missing";
        }
        if (spec.StartsWith("fashion-mnist", StringComparison.Ordinal))
        {
            var directory = Validator.Data.FashionMnist.DefaultDirectory;
            var files = Directory.Exists(directory)
                ? Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)}:{new FileInfo(f).Length}")
                : ["missing"];
            return Hash(string.Join("\n", files));
        }
        return "generated";
    }

    /// <summary>
    /// The tool's version and the module version ids of the libraries that compute results (a deterministic build
    /// changes them exactly when their code changes), so a result stored by other code is never reused.
    /// </summary>
    public static string Tool { get; } =
        $"{RunEnvironment.Version}; {typeof(Theorem).Assembly.ManifestModule.ModuleVersionId:N}; {typeof(Fingerprints).Assembly.ManifestModule.ModuleVersionId:N}";

    private static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
