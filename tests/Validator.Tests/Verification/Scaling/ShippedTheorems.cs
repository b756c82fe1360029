using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Tests.Verification.Scaling;

/// <summary>The repository's theorem library (walks up to BoundCheck.sln).</summary>
internal static class ShippedTheorems
{
    private static readonly Lazy<IReadOnlyList<Theorem>> Library = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoundCheck.sln")))
            {
                var loaded = Theorems.LoadDirectory(Path.Combine(dir.FullName, "theorems"));
                return loaded.Succeeded ? loaded.Theorems : throw new InvalidOperationException(string.Join("\n", loaded.Errors));
            }
        }
        throw new InvalidOperationException("BoundCheck.sln not found above the test directory");
    });

    public static Theorem Get(string id) => Library.Value.Single(t => t.Id == id);

    public static IReadOnlyList<Theorem> All => Library.Value;
}
