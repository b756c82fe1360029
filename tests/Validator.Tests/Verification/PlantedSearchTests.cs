using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Models.Mlp;
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
    [Test]
    public void The_search_finds_the_planted_gradient_maximum_that_every_sampled_point_misses()
    {
        // ||grad f|| <= R / sqrt(m) in the ball, attained with W's rows along x; sampled points see about sqrt(2/p) R.
        var (claim, probe) = Check("grad_norm_predictor <= 0.08", 1);
        AssertFound(claim, probe, optimum: 1 / Math.Sqrt(M), radius: 1, reached: 0.9);
        var (end, sampled) = Points(probe);
        foreach (var (label, theta) in sampled)
        {
            Assert.That(VectorOps.Distance(theta, end), Is.GreaterThan(0.9), $"{label} is far from the point the search found");
        }
    }

    [Test]
    public void The_search_finds_the_planted_hessian_maximum_that_every_sampled_point_misses()
    {
        // The predictor Hessian is block diagonal over neurons; on neuron i, restricted to (v_i, W_i along x), it is
        // [[0, phi'(z_i)], [phi'(z_i), v_i phi''(z_i)]] / sqrt(m) with z_i = W_i . x / sqrt(d). At theta_0 (and, to first order,
        // at every random point of the ball) its norm is 1 / sqrt(m); in B(theta_0, 3) the largest eigenvalue of one
        // neuron's block is 2.4531 / sqrt(m), at z_i = 0.596, v_i = -2.94 (a one-dimensional maximisation done by hand).
        // theta_0 is a saddle of that landscape (at v = 0 the norm is largest at z = 0), so 8 evaluations climb most of the
        // way, not all of it: at least 80% of the maximum, twice what any sampled point shows.
        var (claim, probe) = Check("hessian_norm_predictor <= 1.5 / sqrt(32)", 3);
        AssertFound(claim, probe, optimum: 2.4531 / Math.Sqrt(M), radius: 3, reached: 0.8);
        var (end, sampled) = Points(probe);
        var maximisers = HessianMaximisers().ToList();
        var nearest = maximisers.MinBy(t => VectorOps.Distance(t, end))!;
        foreach (var (label, theta) in sampled)
        {
            Assert.That(maximisers.Min(t => VectorOps.Distance(t, theta)), Is.GreaterThan(0.9 * 3), $"{label} is far from every maximiser");
            Assert.That(VectorOps.Distance(nearest, end), Is.LessThan(VectorOps.Distance(nearest, theta)), $"the search ended nearer the maximum than {label}");
        }
        Assert.That(claim.Certificate!.Kind, Is.EqualTo(ClaimCertificate.Exact), "the restriction is small: every value is exact");
    }

    private static (ClaimResult Claim, NetworkProbe Probe) Check(string claim, double radius)
    {
        var theorem = Theorems.LoadText($$"""
            ```paper
            authors: A. Author
            title: A planted network
            venue: Nowhere 2026
            arxiv: 0000.00000v1
            ```

            ```theorem
            id: planted.claim
            title: planted
            result: Theorem 1
            ref: none
            model: fc
            init: gaussian
            param R > 0
            claim planted: {{claim}}   [derived]
              scope over euclidean_ball(R) around init, for all inputs   [derived]
            ```
            """, "planted.md").Theorems.Single();
        var factory = new PlantedFactory();
        var spec = new SettingSpec(new Dictionary<string, double> { ["R"] = radius }, "tanh", "planted", 1, 10);
        return (TheoremChecker.Check(theorem, spec, factory).Claims.Single(), factory.Probe!);
    }

    private static void AssertFound(ClaimResult claim, NetworkProbe probe, double optimum, double radius, double reached)
    {
        Assert.That(claim.Search, Is.Not.Null);
        var search = claim.Search!;
        TestContext.Out.WriteLine($"sampled worst {search.SampledWorst:G6}, searched {search.SearchedWorst:G6}, maximum {optimum:G6}");
        Assert.That(search.SampledWorst, Is.LessThan(0.45 * optimum), "every sampled point is far below the maximum");
        Assert.That(search.SearchedWorst, Is.GreaterThan(reached * optimum), "the search reaches (near) the planted maximum");
        Assert.That(search.SearchedWorst, Is.LessThanOrEqualTo(optimum * (1 + Tolerances.PlantedMaximum)), "and no further");
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Violated), "the bound holds at every sampled point and fails where the search ended");
        Assert.That(claim.Witness!.Point, Does.StartWith("adversarial search (ascent on " + claim.Quantity));
        var (end, sampled) = Points(probe);
        Assert.That(VectorOps.Norm(end), Is.LessThanOrEqualTo(radius * (1 + Tolerances.Projection)), "the end is in the ball (theta_0 = 0)");
        Assert.That(sampled, Has.Count.GreaterThanOrEqualTo(5), "theta_0, 4 random points and GD iterates were probed");
    }

    private static (double[] End, IReadOnlyList<(string Label, double[] Theta)> Sampled) Points(NetworkProbe probe)
    {
        bool Searched(ProbePoint p) => p.Label.StartsWith("adversarial", StringComparison.Ordinal);
        var points = probe.RegisteredPoints;
        return (probe.Parameters(points.Single(Searched)), [.. points.Where(p => !Searched(p)).Select(p => (p.Label, probe.Parameters(p)))]);
    }

    // The 4 m maximisers of the Hessian plant: one neuron i with W_i = +-0.596 x / |x|, v_i = +-2.94, all else 0.
    private static IEnumerable<double[]> HessianMaximisers()
    {
        var layout = new Network(new Architecture(D, [M], Activations.Tanh)).Layout;
        for (var i = 0; i < M; i++)
        {
            foreach (var (z, v) in new[] { (1, 1), (1, -1), (-1, 1), (-1, -1) })
            {
                var theta = new double[layout.Count];
                var w = layout.Weight(1).Of(theta.AsSpan());
                for (var k = 0; k < D; k++)
                {
                    w[k * M + i] = z * 0.596 / Math.Sqrt(D);
                }
                layout.Output.Of(theta.AsSpan())[i] = v * 2.9402;
                yield return theta;
            }
        }
    }

    [TestCase(10_000, 8)]
    [TestCase(1 << 19, 8)]
    [TestCase(700_000, 6)]
    [TestCase(1 << 20, 4)]
    [TestCase(3_200_000, 4)]
    public void The_budget_shrinks_as_one_over_p_above_half_a_million_parameters(int parameters, int budget) =>
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
