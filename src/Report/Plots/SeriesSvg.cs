using System.Text;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Plots;

/// <summary>Draws one series (line, markers, dashed line, band or error bars) and the legend.</summary>
internal static class SeriesSvg
{
    private static readonly string[] Palette =
        ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

    public static string Colour(int index) => Palette[index % Palette.Length];

    public static void Draw(StringBuilder svg, Series s, string colour, Axis x, Axis y)
    {
        var n = Math.Min(s.X.Length, s.Y.Length);
        bool Usable(int i, double[] ys) => i < ys.Length && Axis.IsUsable(s.X[i], x.Log) && Axis.IsUsable(ys[i], y.Log);
        if (s.YLow is { } low && s.YHigh is { } high)
        {
            if (s.Style == SeriesStyle.Band)
            {
                Band(svg, s.X, low, high, colour, x, y, i => Usable(i, low) && Usable(i, high));
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    if (Usable(i, low) && Usable(i, high))
                    {
                        ErrorBar(svg, x.Map(s.X[i]), y.Map(low[i]), y.Map(high[i]), colour);
                    }
                }
            }
        }
        if (s.Style == SeriesStyle.Markers)
        {
            for (var i = 0; i < n; i++)
            {
                if (Usable(i, s.Y))
                {
                    svg.Append($"<circle cx=\"{Svg.N(x.Map(s.X[i]))}\" cy=\"{Svg.N(y.Map(s.Y[i]))}\" r=\"3.5\" fill=\"{colour}\"/>\n");
                }
            }
            return;
        }
        var dash = s.Style == SeriesStyle.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
        foreach (var run in Runs(n, i => Usable(i, s.Y)))
        {
            var points = string.Join(" ", run.Select(i => $"{Svg.N(x.Map(s.X[i]))},{Svg.N(y.Map(s.Y[i]))}"));
            svg.Append($"<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>\n");
        }
    }

    /// <summary>Legend box in the top-right corner of the plot area.</summary>
    public static void Legend(StringBuilder svg, IReadOnlyList<Series> series, double right)
    {
        if (series.Count == 0)
        {
            return;
        }
        var width = 40 + 7 * series.Max(s => s.Label.Length);
        var left = right - width - 8;
        svg.Append($"<rect x=\"{Svg.N(left)}\" y=\"44.00\" width=\"{Svg.N(width)}\" height=\"{Svg.N(8 + 18 * series.Count)}\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#999999\"/>\n");
        for (var i = 0; i < series.Count; i++)
        {
            var cy = 56 + 18 * i;
            var colour = Colour(i);
            svg.Append(series[i].Style switch
            {
                SeriesStyle.Markers => $"<circle cx=\"{Svg.N(left + 16)}\" cy=\"{Svg.N(cy)}\" r=\"3.5\" fill=\"{colour}\"/>\n",
                SeriesStyle.Band => $"<rect x=\"{Svg.N(left + 6)}\" y=\"{Svg.N(cy - 5)}\" width=\"20.00\" height=\"10.00\" fill=\"{colour}\" fill-opacity=\"0.25\"/>\n"
                    + $"<line x1=\"{Svg.N(left + 6)}\" y1=\"{Svg.N(cy)}\" x2=\"{Svg.N(left + 26)}\" y2=\"{Svg.N(cy)}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n",
                SeriesStyle.Dashed => $"<line x1=\"{Svg.N(left + 6)}\" y1=\"{Svg.N(cy)}\" x2=\"{Svg.N(left + 26)}\" y2=\"{Svg.N(cy)}\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
                _ => $"<line x1=\"{Svg.N(left + 6)}\" y1=\"{Svg.N(cy)}\" x2=\"{Svg.N(left + 26)}\" y2=\"{Svg.N(cy)}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n",
            });
            svg.Append($"<text x=\"{Svg.N(left + 32)}\" y=\"{Svg.N(cy + 4)}\">{Svg.Escape(series[i].Label)}</text>\n");
        }
    }

    private static void Band(StringBuilder svg, double[] xs, double[] low, double[] high, string colour, Axis x, Axis y, Func<int, bool> usable)
    {
        var n = Math.Min(xs.Length, Math.Min(low.Length, high.Length));
        foreach (var run in Runs(n, usable))
        {
            var upper = run.Select(i => $"{Svg.N(x.Map(xs[i]))},{Svg.N(y.Map(high[i]))}");
            var lower = run.AsEnumerable().Reverse().Select(i => $"{Svg.N(x.Map(xs[i]))},{Svg.N(y.Map(low[i]))}");
            svg.Append($"<polygon points=\"{string.Join(" ", upper.Concat(lower))}\" fill=\"{colour}\" fill-opacity=\"0.2\" stroke=\"none\"/>\n");
        }
    }

    private static void ErrorBar(StringBuilder svg, double px, double pyLow, double pyHigh, string colour)
    {
        svg.Append($"<path d=\"M{Svg.N(px)},{Svg.N(pyLow)} V{Svg.N(pyHigh)} M{Svg.N(px - 4)},{Svg.N(pyLow)} H{Svg.N(px + 4)} M{Svg.N(px - 4)},{Svg.N(pyHigh)} H{Svg.N(px + 4)}\" stroke=\"{colour}\" fill=\"none\"/>\n");
    }

    /// <summary>Maximal runs of consecutive usable indices (a NaN breaks a line rather than bridging it).</summary>
    private static List<List<int>> Runs(int n, Func<int, bool> usable)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < n; i++)
        {
            if (!usable(i))
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                runs.Add(current);
            }
            current.Add(i);
        }
        return runs;
    }
}
