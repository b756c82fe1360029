using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models.Mlp;

namespace BoundCheck.Validator.Tests.Measures;

public sealed class PredictorHessianNormsTests
{
    [Test]
    public void ChunksOfInputsGiveTheNormsOfOneBatch()
    {
        var c = TestNets.Make(Architecture.Uniform(6, 2, 10, Activations.Gelu), 7, 41);
        var evaluator = c.Evaluator();
        var whole = NetworkMeasures.PredictorHessianNorms(evaluator, c.Theta, 1e-8);
        // A budget below one run's basis forces one input per chunk.
        var single = NetworkMeasures.PredictorHessianNorms(evaluator, c.Theta, 1e-8, basisBudgetBytes: 1);
        Assert.That(single, Has.Count.EqualTo(c.Count));
        for (var i = 0; i < c.Count; i++)
        {
            Assert.That(single[i].Value, Is.EqualTo(whole[i].Value).Within(Tolerances.Backends * whole[i].Value), $"input {i}");
            Assert.That(single[i].Products, Is.EqualTo(whole[i].Products), $"input {i}");
        }
    }
}
