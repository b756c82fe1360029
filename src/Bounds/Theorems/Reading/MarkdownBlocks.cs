namespace BoundCheck.Bounds.Theorems.Reading;

/// <summary>A fenced block of a theorem file: its info string, its lines and where it sits.</summary>
/// <param name="FirstLine">1-based line number of the first content line (the line after the opening fence).</param>
/// <param name="Prose">The Markdown of the section around the block (heading to next heading), other blocks removed.</param>
internal sealed record FencedBlock(string Info, int FirstLine, IReadOnlyList<string> Lines, string Prose);

/// <summary>Splits a Markdown file into its ```theorem and ```paper blocks, keeping line numbers.</summary>
internal static class MarkdownBlocks
{
    /// <summary>The blocks whose info string is one of <paramref name="kinds"/>; an unclosed fence is reported as an error.</summary>
    public static IReadOnlyList<FencedBlock> Read(IReadOnlyList<string> lines, IReadOnlySet<string> kinds, out int? unclosedFenceLine)
    {
        unclosedFenceLine = null;
        var fences = new List<(string Info, int Open, int Close)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }
            var close = i + 1;
            while (close < lines.Count && lines[close].TrimEnd() != "```")
            {
                close++;
            }
            if (close == lines.Count)
            {
                unclosedFenceLine = i + 1;
                break;
            }
            fences.Add((lines[i][3..].Trim(), i, close));
            i = close;
        }
        return fences
            .Where(f => kinds.Contains(f.Info))
            .Select(f => new FencedBlock(f.Info, f.Open + 2, lines.Skip(f.Open + 1).Take(f.Close - f.Open - 1).ToList(), Prose(lines, f.Open, fences)))
            .ToList();
    }

    /// <summary>
    /// The file's preamble: the Markdown between its title (the first "# " line) and its first "## " heading, fenced
    /// blocks removed. Theorem files state there what could and could not be checked against the paper.
    /// </summary>
    public static string Preamble(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        var fenced = false;
        var started = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }
            if (fenced)
            {
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                break;
            }
            if (line.StartsWith("# ", StringComparison.Ordinal) && !started)
            {
                started = true;
                continue;
            }
            kept.Add(line);
        }
        return string.Join("\n", kept).Trim();
    }

    // The section holding line `open`: from the nearest heading above to the next heading below, without fenced
    // theorem/paper blocks (other fences, e.g. math, stay as prose).
    private static string Prose(IReadOnlyList<string> lines, int open, List<(string Info, int Open, int Close)> fences)
    {
        bool IsHeading(int i) => lines[i].StartsWith('#') && !fences.Any(f => f.Open < i && i < f.Close);
        var start = open;
        while (start > 0 && !IsHeading(start))
        {
            start--;
        }
        var end = open + 1;
        while (end < lines.Count && !IsHeading(end))
        {
            end++;
        }
        var kept = new List<string>();
        for (var i = start; i < end; i++)
        {
            var fence = fences.FirstOrDefault(f => f.Open == i && f.Info is "theorem" or "paper");
            if (fence.Info is not null)
            {
                i = fence.Close;
                continue;
            }
            kept.Add(lines[i]);
        }
        return string.Join("\n", kept).Trim();
    }
}
