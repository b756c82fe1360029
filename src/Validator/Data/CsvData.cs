using System.Globalization;

namespace BoundCheck.Validator.Data;

/// <summary>
/// A user's CSV file: one row per sample, comma-separated numbers, the last column the target. A first row
/// containing any non-number is taken as a header. Blank lines and lines starting with '#' are skipped.
/// No quoting (a dataset of numbers needs none).
/// </summary>
public static class CsvData
{
    /// <summary>Loads <paramref name="path"/>; errors name the file, line and column.</summary>
    public static DataResult Load(string path)
    {
        if (!File.Exists(path))
        {
            return DataResult.Fail($"{path}: file not found");
        }
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DataResult.Fail($"{path}: cannot read: {e.Message}");
        }
        return Parse(lines, path, $"csv-{Path.GetFileNameWithoutExtension(path)}");
    }

    /// <summary>Parses CSV lines (exposed for tests and in-memory data).</summary>
    public static DataResult Parse(IReadOnlyList<string> lines, string source, string name)
    {
        var rows = new List<double[]>();
        int width = -1;
        bool first = true;
        for (int li = 0; li < lines.Count; li++)
        {
            string line = lines[li].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split(',');
            var values = new double[cells.Length];
            int bad = Array.FindIndex(cells, c => !double.TryParse(c.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            if (first && bad >= 0)
            {
                first = false;
                width = cells.Length;
                continue;
            }
            first = false;
            if (bad >= 0)
            {
                return DataResult.Fail($"{source}:{li + 1}: column {bad + 1}: expected a number, got '{cells[bad].Trim()}'");
            }
            if (width >= 0 && cells.Length != width)
            {
                return DataResult.Fail($"{source}:{li + 1}: expected {width} columns, got {cells.Length}");
            }
            width = cells.Length;
            for (int c = 0; c < cells.Length; c++)
            {
                values[c] = double.Parse(cells[c].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!double.IsFinite(values[c]))
                {
                    return DataResult.Fail($"{source}:{li + 1}: column {c + 1}: value '{cells[c].Trim()}' is not finite");
                }
            }
            rows.Add(values);
        }
        if (rows.Count == 0)
        {
            return DataResult.Fail($"{source}: no data rows");
        }
        if (width < 2)
        {
            return DataResult.Fail($"{source}: each row needs at least one input column and a label column, got {width} column");
        }
        int d = width - 1;
        var x = new double[rows.Count * d];
        var y = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i].AsSpan(0, d).CopyTo(x.AsSpan(i * d, d));
            y[i] = rows[i][d];
        }
        return DataResult.Ok(new Dataset(name, rows.Count, d, x, y));
    }
}
