using System.Text;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Plots;

/// <summary>Renders a <see cref="Plot"/> as a standalone, deterministic SVG document.</summary>
public static class SvgPlot
{
    /// <summary>Width of the SVG in pixels.</summary>
    public const int Width = 640;

    /// <summary>Height of the SVG in pixels.</summary>
    public const int Height = 400;

    private const double Left = 72, Right = 16, Top = 36, Bottom = 52;

    /// <summary>The SVG text: axes with ticks and labels, one path per series, a legend. NaN/inf points are skipped.</summary>
    public static string Render(Plot plot)
    {
        var x = Axis.Fit(plot.Series.SelectMany(s => s.X), plot.LogX, Left, Width - Right);
        var y = Axis.Fit(plot.Series.SelectMany(YValues), plot.LogY, Height - Bottom, Top);
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" ")
           .Append("font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n")
           .Append($"<title>{Svg.Escape(plot.Title)}</title>\n")
           .Append($"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>\n")
           .Append($"<text x=\"{Svg.N(Width / 2.0)}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{Svg.Escape(plot.Title)}</text>\n");
        XTicks(svg, x, y);
        YTicks(svg, x, y);
        svg.Append($"<rect x=\"{Svg.N(Left)}\" y=\"{Svg.N(Top)}\" width=\"{Svg.N(Width - Left - Right)}\" height=\"{Svg.N(Height - Top - Bottom)}\" fill=\"none\" stroke=\"#333333\"/>\n")
           .Append($"<text x=\"{Svg.N((Left + Width - Right) / 2)}\" y=\"{Svg.N(Height - 12.0)}\" text-anchor=\"middle\">{Svg.Escape(plot.XLabel)}</text>\n")
           .Append($"<text x=\"16\" y=\"{Svg.N((Top + Height - Bottom) / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {Svg.N((Top + Height - Bottom) / 2)})\">{Svg.Escape(plot.YLabel)}</text>\n");
        for (var i = 0; i < plot.Series.Count; i++)
        {
            SeriesSvg.Draw(svg, plot.Series[i], SeriesSvg.Colour(i), x, y);
        }
        if (!plot.Series.Any(s => Enumerable.Range(0, Math.Min(s.X.Length, s.Y.Length)).Any(i => Axis.IsUsable(s.X[i], x.Log) && Axis.IsUsable(s.Y[i], y.Log))))
        {
            svg.Append($"<text x=\"{Svg.N((Left + Width - Right) / 2)}\" y=\"{Svg.N((Top + Height - Bottom) / 2)}\" text-anchor=\"middle\" fill=\"#888888\">no finite data</text>\n");
        }
        SeriesSvg.Legend(svg, plot.Series, Width - Right);
        return svg.Append("</svg>\n").ToString();
    }

    private static IEnumerable<double> YValues(Series s) => s.Y.Concat(s.YLow ?? []).Concat(s.YHigh ?? []);

    private static void XTicks(StringBuilder svg, Axis x, Axis y)
    {
        foreach (var tick in x.Ticks())
        {
            var px = Svg.N(x.Map(tick.Value));
            var length = tick.Major ? 6 : 3;
            svg.Append($"<line x1=\"{px}\" y1=\"{Svg.N(y.PixelFrom)}\" x2=\"{px}\" y2=\"{Svg.N(y.PixelFrom + length)}\" stroke=\"#333333\"/>\n");
            if (tick.Major)
            {
                svg.Append($"<line x1=\"{px}\" y1=\"{Svg.N(y.PixelFrom)}\" x2=\"{px}\" y2=\"{Svg.N(y.PixelTo)}\" stroke=\"#e5e5e5\"/>\n")
                   .Append($"<text x=\"{px}\" y=\"{Svg.N(y.PixelFrom + 20)}\" text-anchor=\"middle\">{Svg.Escape(tick.Label)}</text>\n");
            }
        }
    }

    private static void YTicks(StringBuilder svg, Axis x, Axis y)
    {
        foreach (var tick in y.Ticks())
        {
            var py = Svg.N(y.Map(tick.Value));
            var length = tick.Major ? 6 : 3;
            svg.Append($"<line x1=\"{Svg.N(x.PixelFrom - length)}\" y1=\"{py}\" x2=\"{Svg.N(x.PixelFrom)}\" y2=\"{py}\" stroke=\"#333333\"/>\n");
            if (tick.Major)
            {
                svg.Append($"<line x1=\"{Svg.N(x.PixelFrom)}\" y1=\"{py}\" x2=\"{Svg.N(x.PixelTo)}\" y2=\"{py}\" stroke=\"#e5e5e5\"/>\n")
                   .Append($"<text x=\"{Svg.N(x.PixelFrom - 9)}\" y=\"{Svg.N(y.Map(tick.Value) + 4)}\" text-anchor=\"end\">{Svg.Escape(tick.Label)}</text>\n");
            }
        }
    }
}
