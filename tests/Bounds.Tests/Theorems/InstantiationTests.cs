using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;
using TheoremLibrary = BoundCheck.Bounds.Theorems.Theorems;

namespace BoundCheck.Bounds.Tests.Theorems;

public sealed class InstantiationTests
{
    private static Theorem Load(string id) =>
        TheoremLibrary.LoadDirectory(Repository.TheoremsDirectory()).Find(id) ?? throw new InvalidOperationException(id);

    // c_H of docs/derivations.md section 5 by its recursions (h(l+1) = gamma h(l) + phi0, T_l^2 = gamma^2 T_{l-1}^2 + h(l)^2,
    // alphaddot unrolled as a loop), independent of the sum form written in the theorem file.
    private static double CHByRecursion(int L, double m, double gamma, double phi0, double betaPhi, double rho1)
    {
        var h = new double[L + 2];
        h[1] = 1;
        for (var l = 1; l <= L; l++)
        {
            h[l + 1] = gamma * h[l] + phi0;
        }
        var t2 = new double[L + 1];
        for (var l = 1; l <= L; l++)
        {
            t2[l] = gamma * gamma * t2[l - 1] + h[l] * h[l];
        }
        double first = 0, second = 0;
        for (var l = 1; l <= L; l++)
        {
            first = gamma * first + betaPhi * t2[l];
            second = gamma * gamma * second + t2[l - 1];
        }
        var q = first + 2 / Math.Sqrt(m) * Math.Sqrt(second);
        return Math.Sqrt(t2[L]) + (1 + rho1) * q;
    }

    [TestCase(1, 64, 0.9, 2.0, 1.0, 0.0)]
    [TestCase(3, 256, 1.0, 0.0, 0.5, 0.69314718)]
    [TestCase(5, 1024, 1.3, 4.0, 1.0, 0.5)]
    public void ExplicitHessianConstantMatchesTheRecursions(int L, int m, double sigma1, double rho, double rho1, double phi0)
    {
        var theorem = Load("banerjee2023.hessian_explicit");
        const double betaPhi = 0.76980035891950105;
        var setting = theorem.Environment(new Dictionary<string, double>
        {
            ["L"] = L, ["m"] = m, ["d"] = 16, ["sigma1"] = sigma1, ["rho"] = rho, ["rho1"] = rho1, ["activation.smoothness"] = betaPhi, ["activation.phi0"] = phi0,
        });
        Assert.That(setting.Problems, Is.Empty);
        var bound = setting.Bound(theorem.FindClaim("hessian")!);
        Assert.That(bound.Error, Is.Null);
        var gamma = sigma1 + rho / Math.Sqrt(m);
        var expected = CHByRecursion(L, m, gamma, phi0, betaPhi, rho1) / Math.Sqrt(m);
        Assert.That(bound.Value, Is.EqualTo(expected).Within(Tolerances.Evaluation).Percent);
    }

    [TestCase(64, 0.42364)]
    [TestCase(256, 0.45287)]
    [TestCase(4096, 0.48456)]
    public void Sigma0MatchesTheCatalogueTable(int m, double ratio)
    {
        var setting = Load("banerjee2023.hessian").Environment(new Dictionary<string, double> { ["m"] = m, ["sigma1"] = 1 });
        var sigma0 = setting.Evaluate(new Sym("sigma0"));
        Assert.That(sigma0.Value, Is.EqualTo(ratio).Within(Tolerances.PublishedFiveDecimals));
    }

    [Test]
    public void ProblemsNameUnboundAndOutOfDomainParameters()
    {
        var setting = Load("banerjee2023.hessian").Environment(new Dictionary<string, double> { ["L"] = 0, ["m"] = 64 });
        Assert.That(setting.Problems, Has.Some.Contains("'L' = 0 is outside its domain in N>=1"));
        Assert.That(setting.Problems, Has.Some.Contains("'sigma1' is not bound"));
        Assert.That(setting.Complete, Is.False);
    }

    [Test]
    public void HypothesesAreDecidedWhenTheirQuantitiesAreBound()
    {
        var theorem = Load("banerjee2023.hessian_explicit");
        var setting = theorem.Environment(new Dictionary<string, double> { ["sigma1"] = 1, ["m"] = 64, ["d"] = 16 });
        var e0 = theorem.Hypotheses.Single(h => h.Quantities.Contains("init_spectral_max"));
        Assert.That(setting.Holds(e0, 0), Is.Null);
        Assert.That(setting.With(new Dictionary<string, double> { ["init_spectral_max"] = 0.98 }).Holds(e0, 0), Is.True);
        Assert.That(setting.With(new Dictionary<string, double> { ["init_spectral_max"] = 1.02 }).Holds(e0, 0), Is.False);
    }
}
