using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Tests.Verification;

/// <summary>
/// A planted worst point: f(x) = v . tanh(W x / sqrt(d)) / sqrt(m) with theta_0 = 0 (W = 0, v = 0) and one input of norm
/// sqrt(d). In B(theta_0, R), ||grad f||^2 = ||tanh(z)||^2 / m + ||v . tanh'(z)||^2 ||x||^2 / (d m) is about R^2 / m where
/// every row of W is aligned with x (a tiny set of directions), and about 2 R^2 / p (p = m (d + 1)) at a random point of
/// the ball: the sampled points (theta_0, random directions, GD iterates, which stay at the saddle theta_0) see a gradient
/// norm sqrt((d + 1)/2) ~ 6 times smaller than the maximum, and all of them are far from it.
/// </summary>
public sealed class PlantedSearchTests
{
    private const int D = 64;
    private const int M = 32;
    private const double R = 1;

    [Test]
    public void The_search_finds_the_planted_maximum_that_every_sampled_point_misses()
    {
        var theorem = Theorems.LoadText("""
            ```paper
            authors: A. Author
            title: A planted network
            venue: Nowhere 2026
            arxiv: 0000.00000v1
            ```

            ```theorem
            id: planted.gradient
            title: planted
            result: Theorem 1
            ref: none
            model: fc
            init: gaussian
            param R > 0
            claim gradient: grad_norm_predictor <= 0.08   [derived]
              scope over euclidean_ball(R) around init, for all inputs   [derived]
            ```
            """, "planted.md").Theorems.Single();
        var factory = new PlantedFactory();
        var spec = new SettingSpec(new Dictionary<string, double> { ["R"] = R }, "tanh", "planted", 1, 10);
        var claim = TheoremChecker.Check(theorem, spec, factory).Claims.Single();
        var optimum = R / Math.Sqrt(M);

        Assert.That(claim.Search, Is.Not.Null);
        var search = claim.Search!;
        Assert.That(search.SampledWorst, Is.LessThan(0.3 * optimum), "every sampled point is far below the maximum");
        Assert.That(search.SearchedWorst, Is.GreaterThan(0.9 * optimum), "the search reaches the planted maximum");
        Assert.That(search.SearchedWorst, Is.LessThanOrEqualTo(optimum * (1 + Tolerances.Rounding)), "and no further: the maximum is R / sqrt(m)");
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Violated), "the bound holds at every sampled point and fails where the search ended");
        Assert.That(claim.Witness!.Point, Does.StartWith("adversarial search (ascent on grad_norm_predictor"));

        var probe = factory.Probe!;
        var points = probe.RegisteredPoints;
        var end = probe.Parameters(points.Single(p => p.Label.StartsWith("adversarial", StringComparison.Ordinal)));
        foreach (var point in points.Where(p => !p.Label.StartsWith("adversarial", StringComparison.Ordinal)))
        {
            Assert.That(VectorOps.Distance(probe.Parameters(point), end), Is.GreaterThan(0.9 * R), $"{point.Label} is far from the maximum");
        }
        Assert.That(VectorOps.Distance(end, new double[end.Length]), Is.LessThanOrEqualTo(R * (1 + Tolerances.Projection)), "the end is in the ball");
    }

    [TestCase(10_000, 8)]
    [TestCase(1 << 20, 8)]
    [TestCase(1 << 21, 4)]
    [TestCase(3_200_000, 4)]
    [TestCase(1_500_000, 6)]
    public void The_budget_shrinks_as_one_over_p_above_a_million_parameters(int parameters, int budget) =>
        Assert.That(NetworkProbe.BudgetFor(parameters), Is.EqualTo(budget));

    private sealed class PlantedFactory : IProbeFactory
    {
        public NetworkProbe? Probe { get; private set; }

        public IReadOnlyDictionary<string, double> Declared(SettingSpec spec) => new Dictionary<string, double> { ["data.n"] = 1, ["data.d"] = D };

        public ISettingProbe Create(ProbeRequest request)
        {
            var network = new Network(new Architecture(D, [M], Activations.Tanh));
            var data = new Dataset("one input of norm sqrt(d)", 1, D, Enumerable.Repeat(1.0, D).ToArray(), [1.0]);
            Probe = new NetworkProbe(network, new double[network.ParameterCount], data, request.Bindings, new Initialisation.Gaussian(1), 1,
                "planted", 1e-8, request.Spec.Steps);
            return Probe;
        }
    }
}
