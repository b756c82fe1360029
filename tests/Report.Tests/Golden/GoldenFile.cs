using System.Runtime.CompilerServices;

namespace BoundCheck.Report.Tests.Golden;

/// <summary>Compares output with a checked-in golden file; BOUNDCHECK_UPDATE_GOLDEN=1 rewrites the file instead.</summary>
internal static class GoldenFile
{
    public static void AssertMatches(string actual, string fileName, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, fileName);
        if (Environment.GetEnvironmentVariable("BOUNDCHECK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Warn($"golden file {fileName} rewritten");
            return;
        }
        Assert.That(File.Exists(path), Is.True, $"missing golden file {path}; run with BOUNDCHECK_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.That(actual.ReplaceLineEndings("\n"), Is.EqualTo(expected), $"output differs from {fileName}; if intended, rerun with BOUNDCHECK_UPDATE_GOLDEN=1 and review the diff");
    }
}
