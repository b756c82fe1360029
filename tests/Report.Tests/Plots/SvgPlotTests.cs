using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BoundCheck.Report.Plots;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Plots;

public sealed class SvgPlotTests
{
    private static Plot Single(Series series, bool logX = true, bool logY = true) =>
        new("p", "title <&>", "x", "y", logX, logY, [series]);

    [Test]
    public void OutputIsWellFormedXml()
    {
        var svg = SvgPlot.Render(Single(new Series("a & b", [1, 10, 100], [1, 0.1, 0.01], null, null, SeriesStyle.Line)));
        var root = XDocument.Parse(svg).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(svg, Does.Contain("title &lt;&amp;&gt;"));
    }

    [Test]
    public void NonFiniteAndNonPositivePointsAreSkippedAndBreakTheLine()
    {
        var svg = SvgPlot.Render(Single(new Series("s", [1, 2, 3, 4, 5, 6], [1, 2, double.NaN, 4, -1, double.PositiveInfinity], null, null, SeriesStyle.Line)));
        var polylines = Regex.Matches(svg, "<polyline points=\"([^\"]*)\"").Select(m => m.Groups[1].Value.Split(' ').Length).ToList();
        Assert.That(polylines, Is.EqualTo(new[] { 2, 1 }), "points 1-2, then 4 alone; NaN, -1 (log axis) and inf skipped");
        Assert.That(svg, Does.Not.Contain("NaN"));
        Assert.That(svg, Does.Not.Contain("Infinity"));
    }

    [Test]
    public void LogAxisHasDecadeTicksAtLogSpacedPixels()
    {
        var svg = SvgPlot.Render(Single(new Series("s", [10, 10000], [1, 2], null, null, SeriesStyle.Markers), logY: false));
        // Labels of the x axis are the decades 10, 100, 1000, 10000, equally spaced in pixels.
        var labels = Regex.Matches(svg, "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"middle\">(10+)</text>")
            .Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Label: m.Groups[2].Value)).ToList();
        Assert.That(labels.Select(l => l.Label), Is.EqualTo(new[] { "10", "100", "1000", "10000" }));
        var gaps = labels.Zip(labels.Skip(1), (p, q) => q.X - p.X).ToList();
        Assert.That(gaps.Max() - gaps.Min(), Is.LessThanOrEqualTo(2 * Tolerances.Pixel));
    }

    [Test]
    public void AxisMapsLogValuesLinearlyInTheirLogarithm()
    {
        var axis = new Axis(1, 1000, Log: true, PixelFrom: 0, PixelTo: 300);
        Assert.That(axis.Map(10), Is.EqualTo(100).Within(Tolerances.Arithmetic));
        Assert.That(axis.Map(Math.Sqrt(10)), Is.EqualTo(50).Within(Tolerances.Arithmetic));
        var linear = new Axis(-1, 1, Log: false, PixelFrom: 400, PixelTo: 0);
        Assert.That(linear.Map(0.5), Is.EqualTo(100).Within(Tolerances.Arithmetic));
    }

    [Test]
    public void BandIsAShadedPolygonAndOtherStylesGetErrorBars()
    {
        double[] x = [1, 2, 3];
        double[] y = [2, 3, 4];
        double[] low = [1, 2, 3];
        double[] high = [3, 4, 5];
        var band = SvgPlot.Render(Single(new Series("b", x, y, low, high, SeriesStyle.Band), false, false));
        Assert.That(Regex.Count(band, "<polygon points=\"([^\"]*)\""), Is.EqualTo(1));
        Assert.That(Regex.Match(band, "<polygon points=\"([^\"]*)\"").Groups[1].Value.Split(' '), Has.Length.EqualTo(6));
        var bars = SvgPlot.Render(Single(new Series("b", x, y, low, high, SeriesStyle.Markers), false, false));
        Assert.That(Regex.Count(bars, "<path d=\"M"), Is.EqualTo(3));
        Assert.That(Regex.Count(bars, "<circle "), Is.EqualTo(3 + 1), "three markers and one legend swatch");
    }

    [Test]
    public void DashedSeriesIsDashedAndEverySeriesIsInTheLegend()
    {
        var plot = new Plot("p", "t", "x", "y", false, false,
        [
            new Series("first", [0, 1], [0, 1], null, null, SeriesStyle.Line),
            new Series("second", [0, 1], [1, 0], null, null, SeriesStyle.Dashed),
        ]);
        var svg = SvgPlot.Render(plot);
        Assert.That(Regex.Count(svg, "stroke-dasharray"), Is.EqualTo(2), "the series and its legend swatch");
        Assert.That(svg, Does.Contain(">first</text>"));
        Assert.That(svg, Does.Contain(">second</text>"));
    }

    [Test]
    public void EmptyPlotStillRenders()
    {
        var svg = SvgPlot.Render(new Plot("p", "t", "x", "y", true, true, [new Series("s", [double.NaN], [double.NaN], null, null, SeriesStyle.Line)]));
        Assert.That(svg, Does.Contain("no finite data"));
        Assert.That(() => XDocument.Parse(svg), Throws.Nothing);
    }
}
