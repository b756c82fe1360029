namespace BoundCheck.Cli.Infrastructure;

/// <summary>Finds the shipped theorem library.</summary>
public static class Paths
{
    /// <summary>
    /// The theorems directory: $BOUNDCHECK_THEOREMS if set, else the nearest <c>theorems/</c> beside a
    /// <c>BoundCheck.sln</c> above the working directory, else above the executable.
    /// </summary>
    public static string TheoremsDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("BOUNDCHECK_THEOREMS");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var root = RepositoryRoot(start);
            if (root is not null)
            {
                return Path.Combine(root, "theorems");
            }
        }
        throw new CliInputException(
            "cannot find the theorems directory: run from inside the BoundCheck repository or set BOUNDCHECK_THEOREMS");
    }

    /// <summary>The nearest directory at or above <paramref name="start"/> holding BoundCheck.sln, or null.</summary>
    public static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoundCheck.sln")) && Directory.Exists(Path.Combine(dir.FullName, "theorems")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
