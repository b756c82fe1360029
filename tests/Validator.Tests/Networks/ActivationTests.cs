using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Tests.Networks;

public sealed class ActivationTests
{
    private static IEnumerable<Activation> All() => Activations.All;

    [TestCaseSource(nameof(All))]
    public void DerivativesMatchCentralDifferences(Activation phi)
    {
        const double h = 1e-5;
        for (var z = -6.0; z <= 6.0; z += 0.37)
        {
            Assert.That(phi.First(z), Is.EqualTo((phi.Value(z + h) - phi.Value(z - h)) / (2 * h)).Within(Tolerances.FiniteDifference), $"phi' at {z}");
            Assert.That(phi.Second(z), Is.EqualTo((phi.First(z + h) - phi.First(z - h)) / (2 * h)).Within(Tolerances.FiniteDifference), $"phi'' at {z}");
            Assert.That(phi.Third(z), Is.EqualTo((phi.Second(z + h) - phi.Second(z - h)) / (2 * h)).Within(Tolerances.FiniteDifference), $"phi''' at {z}");
        }
    }

    [TestCaseSource(nameof(All))]
    public void ConstantsMatchAFineGrid(Activation phi)
    {
        // Suprema and infima may be attained only as z -> +-infinity (softplus' -> 1, sigmoid' -> 0), so the grid
        // spans [-40, 40]; strict monotonicity is judged on [-10, 10], where phi' has not yet rounded to 0.
        double supFirst = 0, supSecond = 0, minFirst = double.PositiveInfinity, minFirstCentral = double.PositiveInfinity;
        for (var i = -400_000; i <= 400_000; i++)
        {
            var z = i * 1e-4;
            var first = phi.First(z);
            supFirst = Math.Max(supFirst, Math.Abs(first));
            supSecond = Math.Max(supSecond, Math.Abs(phi.Second(z)));
            minFirst = Math.Min(minFirst, first);
            if (Math.Abs(z) <= 10)
            {
                minFirstCentral = Math.Min(minFirstCentral, first);
            }
        }
        var constants = phi.Constants;
        Assert.That(constants.Lipschitz, Is.EqualTo(supFirst).Within(Tolerances.Grid));
        Assert.That(constants.Smoothness, Is.EqualTo(supSecond).Within(Tolerances.Grid));
        Assert.That(constants.ValueAtZero, Is.EqualTo(phi.Value(0)).Within(Tolerances.ExactNetwork));
        Assert.That(constants.MinDerivative, Is.EqualTo(minFirst).Within(Tolerances.Grid));
        Assert.That(constants.StrictlyIncreasing, Is.EqualTo(minFirstCentral > 0));
    }

    [TestCaseSource(nameof(All))]
    public void BatchEvaluationEqualsScalarEvaluation(Activation phi)
    {
        var z = Enumerable.Range(-10, 21).Select(i => 0.7 * i).ToArray();
        var value = new double[z.Length];
        var first = new double[z.Length];
        var second = new double[z.Length];
        phi.Evaluate(z, value, first, second);
        var applied = new double[z.Length];
        phi.Apply(z, applied);
        for (var i = 0; i < z.Length; i++)
        {
            Assert.That(value[i], Is.EqualTo(phi.Value(z[i])).Within(Tolerances.ExactNetwork));
            Assert.That(applied[i], Is.EqualTo(phi.Value(z[i])).Within(Tolerances.ExactNetwork));
            Assert.That(first[i], Is.EqualTo(phi.First(z[i])).Within(Tolerances.ExactNetwork));
            Assert.That(second[i], Is.EqualTo(phi.Second(z[i])).Within(Tolerances.ExactNetwork));
        }
    }

    [TestCase("TANH", "tanh")]
    [TestCase(" gelu ", "gelu")]
    public void NamesParseCaseInsensitively(string text, string expected) =>
        Assert.That(Activations.TryParse(text)?.Name, Is.EqualTo(expected));

    [Test]
    public void UnknownNameIsNull() => Assert.That(Activations.TryParse("relu6"), Is.Null);
}
