using BoundCheck.Validator.IO;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Tests.Models.Mlp;
using MathNet.Numerics.LinearAlgebra;

namespace BoundCheck.Validator.Tests.Measures;

public sealed class MeasuresTests
{
    private static readonly TestNets.Case Net = TestNets.Make(new Architecture(4, [6, 5], Activations.Tanh, biases: true), 4, 41);

    [Test]
    public void LayerSpectralNormsMatchDenseSvd()
    {
        var norms = NetworkMeasures.LayerSpectralNorms(Net.Network, Net.Theta);
        for (var l = 1; l <= 2; l++)
        {
            var block = Net.Network.Layout.Weight(l);
            var expected = Matrix<double>.Build.Dense(block.Rows, block.Cols, block.Of(Net.Theta.AsSpan()).ToArray()).L2Norm();
            Assert.That(norms[l - 1].Value, Is.EqualTo(expected).Within(Tolerances.LayerSpectralNorm * expected));
        }
    }

    [Test]
    public void NtkLambdaMinIsTheSmallestEigenvalueOfJJTranspose()
    {
        var evaluator = Net.Evaluator();
        var j = Matrix<double>.Build.Dense(Net.Count, Net.P, Tangents.Jacobian(evaluator, Net.Theta));
        var expected = (j * j.Transpose()).Evd().EigenValues.Min(e => e.Real);
        Assert.That(NetworkMeasures.NtkLambdaMin(evaluator, Net.Theta), Is.EqualTo(expected).Within(Tolerances.ExactNetwork));
    }

    [Test]
    public void FeatureMatrixRowsAreTheReferenceActivationsOfTheLastLayer()
    {
        // Row i of the last feature matrix, dotted with v / sqrt(m_L), is the prediction f_i.
        var features = NetworkMeasures.FeatureMatrix(Net.Evaluator(), Net.Theta, 2);
        var v = Net.Network.Layout.Output.Of(Net.Theta.AsSpan()).ToArray();
        for (var i = 0; i < Net.Count; i++)
        {
            var f = Enumerable.Range(0, 5).Sum(r => features[i + r * Net.Count] * v[r]) / Math.Sqrt(5);
            Assert.That(f, Is.EqualTo(ReferenceNetwork.Predict(Net.Network.Architecture, Net.Theta, Net.Inputs.AsSpan(i * 4, 4))).Within(Tolerances.ExactNetwork));
        }
    }

    [Test]
    public void ThetaRoundTripsThroughPerLayerTensors()
    {
        var bytes = SafetensorsWriter.ToBytes(ParameterTensors.ToTensors(Net.Network, Net.Theta));
        var file = SafetensorsReader.Parse(bytes, "memory").File!;
        var (theta, error) = ParameterTensors.FromFile(Net.Network, file, "memory");
        Assert.That(error, Is.Null);
        Assert.That(theta, Is.EqualTo(Net.Theta));
    }
}
