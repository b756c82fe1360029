using System.Reflection;
using System.Runtime.InteropServices;

namespace BoundCheck.Validator.Verification;

/// <summary>Reads the facts a provenance block needs: version, git commit, OS, CPU.</summary>
public static class RunEnvironment
{
    /// <summary>The BoundCheck version (assembly informational version).</summary>
    public static string Version =>
        typeof(RunEnvironment).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    /// <summary>OS description and architecture, e.g. "Debian GNU/Linux 12 (X64)".</summary>
    public static string Os => $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), .NET {Environment.Version}";

    /// <summary>The CPU model from /proc/cpuinfo with the logical core count, or the architecture when unreadable.</summary>
    public static string Cpu
    {
        get
        {
            var model = RuntimeInformation.ProcessArchitecture.ToString();
            try
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null)
                {
                    model = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            return $"{model}, {Environment.ProcessorCount} logical cores";
        }
    }

    /// <summary>
    /// The commit checked out in the git repository at or above <paramref name="directory"/>, with "-dirty"
    /// unknown (no git process is run: the value is read from .git), or "unknown".
    /// </summary>
    public static string GitCommit(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var gitPath = Path.Combine(dir.FullName, ".git");
            var gitDir = Directory.Exists(gitPath) ? gitPath : File.Exists(gitPath) ? WorktreeGitDir(gitPath, dir.FullName) : null;
            if (gitDir is null)
            {
                continue;
            }
            return ResolveHead(gitDir) ?? "unknown";
        }
        return "unknown";
    }

    private static string? WorktreeGitDir(string gitFile, string baseDir)
    {
        var text = File.ReadAllText(gitFile).Trim();
        const string prefix = "gitdir:";
        return text.StartsWith(prefix, StringComparison.Ordinal)
            ? Path.GetFullPath(text[prefix.Length..].Trim(), baseDir)
            : null;
    }

    private static string? ResolveHead(string gitDir)
    {
        var headFile = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headFile))
        {
            return null;
        }
        var head = File.ReadAllText(headFile).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return head;
        }
        var refName = head[4..].Trim();
        // Worktrees keep refs in the common dir.
        var commonFile = Path.Combine(gitDir, "commondir");
        var commonDir = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDir) : gitDir;
        foreach (var root in new[] { gitDir, commonDir })
        {
            var loose = Path.Combine(root, refName);
            if (File.Exists(loose))
            {
                return File.ReadAllText(loose).Trim();
            }
            var packed = Path.Combine(root, "packed-refs");
            if (File.Exists(packed))
            {
                var match = File.ReadLines(packed).FirstOrDefault(l => l.EndsWith(" " + refName, StringComparison.Ordinal));
                if (match is not null)
                {
                    return match[..match.IndexOf(' ', StringComparison.Ordinal)];
                }
            }
        }
        return null;
    }
}
