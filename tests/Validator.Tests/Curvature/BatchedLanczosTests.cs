using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class BatchedLanczosTests
{
    // The known-spectrum matrices of one dimension as a batch; records which problems each call asked for.
    private sealed class DenseBatch(IReadOnlyList<DenseOperator> operators) : IBatchedOperator
    {
        public List<int[]> Calls { get; } = [];

        public int Dimension => operators[0].Dimension;

        public int Count => operators.Count;

        public void Apply(ReadOnlySpan<int> problems, ReadOnlySpan<double> x, Span<double> y)
        {
            Calls.Add(problems.ToArray());
            for (var c = 0; c < problems.Length; c++)
            {
                operators[problems[c]].Apply(x.Slice(c * Dimension, Dimension), y.Slice(c * Dimension, Dimension));
            }
        }
    }

    private static DenseOperator[] Operators()
    {
        var random = new Random(3);
        double[] Spectrum(double top) => [.. Enumerable.Range(0, 60).Select(_ => random.NextDouble()), top, -0.5 * top];
        return [KnownSpectra.WithSpectrum(Spectrum(5), 1), KnownSpectra.WithSpectrum(Spectrum(1.001), 2), KnownSpectra.WithSpectrum(Spectrum(30), 3)];
    }

    [Test]
    public void EachRunIsExactlyTheSingleOperatorRun()
    {
        var operators = Operators();
        var options = new LanczosOptions(1e-8, 200, 4, SpectrumEnd.Magnitude);
        var batched = Lanczos.RunBatch(new DenseBatch(operators), options);
        for (var i = 0; i < operators.Length; i++)
        {
            var single = Lanczos.Run(operators[i], options);
            Assert.That(batched[i].Exit, Is.EqualTo(single.Exit));
            Assert.That(batched[i].Products, Is.EqualTo(single.Products));
            Assert.That(batched[i].RitzValues, Is.EqualTo(single.RitzValues), $"operator {i}");
        }
    }

    [Test]
    public void FinishedRunsLeaveTheBatch()
    {
        var operators = Operators();
        var batch = new DenseBatch(operators);
        var results = Lanczos.RunBatch(batch, new LanczosOptions(1e-8, 200, 4, SpectrumEnd.Magnitude));
        Assert.That(batch.Calls[0], Is.EqualTo(new[] { 0, 1, 2 }));
        for (var i = 0; i < operators.Length; i++)
        {
            // Run i took part in exactly as many calls as it made products.
            Assert.That(batch.Calls.Count(call => call.Contains(i)), Is.EqualTo(results[i].Products));
        }
        Assert.That(results.Select(r => r.Products).Distinct().Count(), Is.GreaterThan(1), "the test needs runs of different lengths");
    }
}
