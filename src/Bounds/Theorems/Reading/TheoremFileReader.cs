using System.Text.RegularExpressions;

namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>Reads one theorem file: its ```paper block, then every ```theorem block in order.</summary>
internal static partial class TheoremFileReader
{
    private static readonly HashSet<string> Kinds = ["theorem", "paper"];

    public static LoadResult Read(string file, string text)
    {
        var errors = new List<LoadError>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var blocks = MarkdownBlocks.Read(lines, Kinds, out var unclosed);
        if (unclosed is { } open)
        {
            errors.Add(new LoadError(file, open, 1, "fenced block is never closed: expected a line ``` below it"));
        }
        var papers = blocks.Where(b => b.Info == "paper").ToList();
        if (papers.Count != 1)
        {
            errors.Add(new LoadError(file, papers.Count == 0 ? 1 : papers[1].FirstLine - 1, 1,
                "expected exactly one ```paper block (authors:, title:, venue:, arxiv:) per theorem file"));
            return new LoadResult([], errors);
        }
        var paper = ReadPaper(file, papers[0], errors);
        var caveats = MarkdownBlocks.Preamble(lines);
        var theorems = new Dictionary<string, Theorem>();
        foreach (var block in blocks.Where(b => b.Info == "theorem"))
        {
            var theorem = paper is null ? null : new TheoremBlockParser(file, paper, theorems, errors).Parse(block) is { } parsed ? parsed with { Caveats = caveats } : null;
            if (theorem is null)
            {
                continue;
            }
            if (!theorems.TryAdd(theorem.Id, theorem))
            {
                errors.Add(new LoadError(file, block.FirstLine, 1, $"theorem id '{theorem.Id}' is used twice in this file"));
            }
        }
        if (blocks.All(b => b.Info != "theorem"))
        {
            errors.Add(new LoadError(file, 1, 1, "expected at least one ```theorem block"));
        }
        return new LoadResult(errors.Count == 0 ? theorems.Values.ToList() : [], errors);
    }

    private static Paper? ReadPaper(string file, FencedBlock block, List<LoadError> errors)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var match = PaperLine().Match(line);
            if (!match.Success || match.Groups["key"].Value is not ("authors" or "title" or "venue" or "arxiv"))
            {
                errors.Add(new LoadError(file, block.FirstLine + i, 1, "expected 'authors:', 'title:', 'venue:' or 'arxiv:' followed by a value"));
                continue;
            }
            values[match.Groups["key"].Value] = match.Groups["value"].Value.Trim();
        }
        var missing = new[] { "authors", "title", "venue", "arxiv" }.Where(k => !values.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new LoadError(file, block.FirstLine - 1, 1, $"```paper block has no {string.Join(", ", missing.Select(k => k + ":"))} line"));
            return null;
        }
        if (!ArxivId().IsMatch(values["arxiv"]))
        {
            var i = block.Lines.ToList().FindIndex(l => l.StartsWith("arxiv:", StringComparison.Ordinal));
            errors.Add(new LoadError(file, block.FirstLine + i, block.Lines[i].IndexOf(values["arxiv"], StringComparison.Ordinal) + 1,
                "expected an arXiv id, e.g. 2209.15106v1 (version when known)"));
        }
        return new Paper(values["authors"], values["title"], values["venue"], values["arxiv"]);
    }

    [GeneratedRegex(@"^(?<key>[a-z]+):\s*(?<value>\S.*)$")]
    private static partial Regex PaperLine();

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]{4,5}(v[0-9]+)?$")]
    private static partial Regex ArxivId();
}
