using BoundCheck.Bounds.Theorems;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Commands;

/// <summary>Loads the theorem library for list/show; load errors go to stderr as file:line:column lines.</summary>
internal static class TheoremLibrary
{
    /// <summary>The library, or null after printing every load error (the caller exits with BadInput).</summary>
    public static IReadOnlyList<Theorem>? Load(CliConsole console)
    {
        var directory = Paths.TheoremsDirectory();
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"theorems directory '{directory}' does not exist");
        }
        var result = Theorems.LoadDirectory(directory);
        var root = Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        foreach (var error in result.Errors)
        {
            console.Error.WriteLine(error with { File = Path.GetRelativePath(root, error.File) });
        }
        return result.Succeeded ? result.Theorems : null;
    }

    /// <summary>The theorem called <paramref name="id"/>; bad input (exit 2) when the library does not load or has no such id.</summary>
    public static Theorem Find(CliConsole console, string id)
    {
        var theorems = Load(console) ?? throw new CliInputException("the theorem library did not load (errors above)");
        var theorem = theorems.FirstOrDefault(t => t.Id == id);
        if (theorem is null)
        {
            var close = CloseIds(id, theorems);
            throw new CliInputException($"unknown theorem id '{id}'" +
                (close.Count > 0 ? $"; close ids: {string.Join(", ", close)}" : "; run 'boundcheck list' for the ids"));
        }
        return theorem;
    }

    /// <summary>Ids close to <paramref name="id"/>: same paper prefix, containing it, or within edit distance 3.</summary>
    public static IReadOnlyList<string> CloseIds(string id, IEnumerable<Theorem> theorems)
    {
        var prefix = id.Split('.')[0];
        return theorems.Select(t => t.Id)
            .Where(t => t.StartsWith(prefix + ".", StringComparison.Ordinal) || t.Contains(id, StringComparison.Ordinal) || EditDistance(t, id) <= 3)
            .OrderBy(t => EditDistance(t, id))
            .ThenBy(t => t, StringComparer.Ordinal)
            .ToList();
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
