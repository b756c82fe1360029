using BoundCheck.Validator.Statistics;
using MathNet.Numerics.Distributions;

namespace BoundCheck.Validator.Tests.Statistics;

/// <summary>Seeded synthetic scaling data with known exponents (ground truth for the fit tests).</summary>
internal static class SyntheticData
{
    public static readonly double[] Widths = [64, 128, 256, 512, 1024, 2048];

    /// <summary>log y = log 2 + slope log x + seed offset (sd 0.2) + noise (sd <paramref name="noise"/>).</summary>
    public static List<Observation> PowerLaw(double slope, int seeds, double noise, int dataSeed, double[]? xs = null)
    {
        var random = new Random(dataSeed);
        var data = new List<Observation>();
        for (var s = 1; s <= seeds; s++)
        {
            var offset = Normal.Sample(random, 0, 0.2);
            foreach (var x in xs ?? Widths)
            {
                data.Add(new Observation(x, 2 * Math.Pow(x, slope) * Math.Exp(offset + Normal.Sample(random, 0, noise)), s));
            }
        }
        return data;
    }

    /// <summary>log y = log 0.5 + rate x + noise, x = 1..8.</summary>
    public static List<Observation> Exponential(double rate, int seeds, double noise, int dataSeed)
    {
        var random = new Random(dataSeed);
        return [.. from s in Enumerable.Range(1, seeds)
                   from l in Enumerable.Range(1, 8)
                   select new Observation(l, 0.5 * Math.Exp(rate * l + Normal.Sample(random, 0, noise)), s)];
    }
}
