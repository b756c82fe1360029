namespace BoundCheck.Bounds.Tests.Theorems;

/// <summary>Finds the repository's theorems/ directory by walking up to BoundCheck.sln.</summary>
internal static class Repository
{
    public static string TheoremsDirectory()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoundCheck.sln")))
            {
                return Path.Combine(dir.FullName, "theorems");
            }
        }
        throw new InvalidOperationException("BoundCheck.sln not found above the test directory");
    }

    public static IEnumerable<string> TheoremFiles() =>
        Directory.GetFiles(TheoremsDirectory(), "*.md").Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal);
}
