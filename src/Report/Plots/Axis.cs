using BoundCheck.Report.Formatting;

namespace BoundCheck.Report.Plots;

/// <summary>One axis: a data range mapped onto a pixel range, linear or log10, with its ticks.</summary>
internal sealed record Axis(double Min, double Max, bool Log, double PixelFrom, double PixelTo)
{
    /// <summary>A tick: data value, label (empty for a minor tick).</summary>
    public readonly record struct Tick(double Value, string Label)
    {
        public bool Major => Label.Length > 0;
    }

    /// <summary>An axis covering the finite (and, for log, positive) values, widened to round tick values.</summary>
    public static Axis Fit(IEnumerable<double> values, bool log, double pixelFrom, double pixelTo)
    {
        var usable = values.Where(v => IsUsable(v, log)).ToList();
        if (log)
        {
            // Data range padded by 5% in log space (at least 0.3 decades wide); decade ticks fall inside it.
            var (lo, hi) = usable.Count == 0 ? (0.0, 1.0) : (Math.Log10(usable.Min()), Math.Log10(usable.Max()));
            var centre = (lo + hi) / 2;
            var half = Math.Max(hi - lo, 0.3) / 2 * 1.1;
            return new Axis(Math.Pow(10, centre - half), Math.Pow(10, centre + half), true, pixelFrom, pixelTo);
        }
        var (min, max) = usable.Count == 0 ? (0.0, 1.0) : (usable.Min(), usable.Max());
        if (max - min <= Math.Abs(max) * 1e-12)
        {
            (min, max) = max == 0 ? (-1.0, 1.0) : (min - Math.Abs(min) * 0.5, max + Math.Abs(max) * 0.5);
        }
        var step = NiceStep((max - min) / 5);
        return new Axis(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, false, pixelFrom, pixelTo);
    }

    /// <summary>Finite, and positive on a log axis.</summary>
    public static bool IsUsable(double value, bool log) => double.IsFinite(value) && (!log || value > 0);

    /// <summary>Pixel coordinate of a data value.</summary>
    public double Map(double value)
    {
        var t = Log ? (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min)) : (value - Min) / (Max - Min);
        return PixelFrom + t * (PixelTo - PixelFrom);
    }

    /// <summary>Major ticks with labels; on a log axis decades (every k-th when many) plus unlabelled minor ticks 2..9.</summary>
    public IReadOnlyList<Tick> Ticks()
    {
        var ticks = new List<Tick>();
        if (!Log)
        {
            var step = NiceStep((Max - Min) / 5);
            var count = (int)Math.Round((Max - Min) / step);
            for (var i = 0; i <= count; i++)
            {
                var v = Min + i * step;
                ticks.Add(new Tick(v, Numbers.Format(Math.Abs(v) < step * 1e-9 ? 0 : v)));
            }
            return ticks;
        }
        var first = (int)Math.Floor(Math.Log10(Min));
        var last = (int)Math.Ceiling(Math.Log10(Max));
        var decadesInside = Enumerable.Range(first, last - first + 1).Count(k => Contains(Math.Pow(10, k)));
        var every = Math.Max(1, (int)Math.Ceiling(decadesInside / 8.0));
        for (var k = first; k <= last; k++)
        {
            var decade = Math.Pow(10, k);
            for (var mult = 1; mult <= 9; mult++)
            {
                var value = mult * decade;
                if (!Contains(value) || (mult > 1 && every > 1))
                {
                    continue;
                }
                // With fewer than two labelled decades, 2x and 5x are labelled too so the reader gets enough numbers.
                var labelled = mult == 1 ? ((k % every) + every) % every == 0 : decadesInside < 2 && mult is 2 or 5;
                ticks.Add(new Tick(value, labelled ? Numbers.Format(value) : string.Empty));
            }
        }
        return ticks;
    }

    private bool Contains(double value) => value >= Min * (1 - 1e-9) && value <= Max * (1 + 1e-9);

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }
}
