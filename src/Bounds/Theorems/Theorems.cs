using BoundCheck.Bounds.Theorems.Reading;

namespace BoundCheck.Bounds.Theorems;

/// <summary>Loads theorem files (Markdown with ```paper and ```theorem blocks; format in theorems/README.md).</summary>
public static class Theorems
{
    /// <summary>Loads one file. A file with any error yields no theorems and the list of errors.</summary>
    public static LoadResult Load(string path) => TheoremFileReader.Read(path, File.ReadAllText(path));

    /// <summary>Loads theorem-file text; <paramref name="file"/> is the name used in error messages.</summary>
    public static LoadResult LoadText(string text, string file = "<text>") => TheoremFileReader.Read(file, text);

    /// <summary>Loads every <c>*.md</c> file of <paramref name="directory"/> except README.md, in name order.</summary>
    public static LoadResult LoadDirectory(string directory)
    {
        var results = Directory.GetFiles(directory, "*.md")
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        var theorems = results.SelectMany(r => r.Theorems).ToList();
        foreach (var duplicate in theorems.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            errors.Add(new LoadError(second.File, second.Line, 1, $"theorem id '{duplicate.Key}' is also used in {duplicate.First().File}"));
        }
        return new LoadResult(errors.Count == 0 ? theorems : [], errors);
    }
}
