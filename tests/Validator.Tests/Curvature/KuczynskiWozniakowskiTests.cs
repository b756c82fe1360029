using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Tests.Curvature;

public sealed class KuczynskiWozniakowskiTests
{
    [TestCase(100, 10, 1e-3)]
    [TestCase(8192, 51, 1.25e-4)]
    [TestCase(50000, 150, 1e-6)]
    public void Epsilon_inverts_the_miss_probability(int n, int k, double delta)
    {
        var eps = KuczynskiWozniakowski.Epsilon(n, k, delta);
        Assert.That(KuczynskiWozniakowski.MissProbability(n, k, eps), Is.EqualTo(delta).Within(Tolerances.Arithmetic * delta));
    }

    [TestCase(8192, 1e-3, 0.0197)]
    [TestCase(500, 1e-2, 0.1)]
    public void Steps_is_the_fewest_that_reach_eps(int n, double delta, double eps)
    {
        var k = KuczynskiWozniakowski.Steps(n, delta, eps);
        Assert.That(KuczynskiWozniakowski.Epsilon(n, k, delta), Is.LessThanOrEqualTo(eps));
        Assert.That(KuczynskiWozniakowski.Epsilon(n, k - 1, delta), Is.GreaterThan(eps));
    }

    [Test]
    public void The_bound_by_hand_at_one_point()
    {
        // 1.648 sqrt(10^4) exp(-0.1 * 99) = 164.8 e^-9.9.
        Assert.That(KuczynskiWozniakowski.MissProbability(10_000, 50, 0.01), Is.EqualTo(164.8 * Math.Exp(-9.9)).Within(Tolerances.Arithmetic * 164.8 * Math.Exp(-9.9)));
    }

    [Test]
    public void Too_few_steps_certify_nothing() =>
        Assert.That(KuczynskiWozniakowski.Epsilon(10_000, 3, 1e-3), Is.GreaterThan(1));
}
