using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.Tests.Data;

public sealed class SyntheticDataTests
{
    [Test]
    public void Sphere_inputs_have_norm_sqrt_d_and_a_readable_name()
    {
        var data = SyntheticData.Sphere(128, 32, LabelKind.Teacher, seed: 1);
        Assert.Multiple(() =>
        {
            Assert.That(data.Name, Is.EqualTo("sphere-n128-d32-teacher-seed1"));
            for (int i = 0; i < data.Count; i++)
            {
                double norm = Math.Sqrt(VectorOpsDot(data.Input(i), data.Input(i)));
                Assert.That(norm, Is.EqualTo(Math.Sqrt(32)).Within(Tolerances.Norm * 32));
            }
        });
    }

    [Test]
    public void Same_seed_is_bit_identical_and_the_teacher_seed_changes_only_labels()
    {
        var a = SyntheticData.Generate(InputKind.Sphere, 16, 8, LabelKind.Teacher, seed: 3);
        var b = SyntheticData.Generate(InputKind.Sphere, 16, 8, LabelKind.Teacher, seed: 3);
        var other = SyntheticData.Generate(InputKind.Sphere, 16, 8, LabelKind.Teacher, seed: 3, teacherSeed: 4);
        Assert.Multiple(() =>
        {
            Assert.That(a.Inputs, Is.EqualTo(b.Inputs));
            Assert.That(a.Targets, Is.EqualTo(b.Targets));
            Assert.That(other.Inputs, Is.EqualTo(a.Inputs));
            Assert.That(other.Targets, Is.Not.EqualTo(a.Targets));
            Assert.That(other.Name, Is.EqualTo("sphere-n16-d8-teacher-seed3-teacher4"));
        });
    }

    [Test]
    public void Random_labels_look_standard_normal()
    {
        var data = SyntheticData.Sphere(4000, 4, LabelKind.Random, seed: 2);
        double mean = data.Targets.Average();
        double variance = data.Targets.Select(y => (y - mean) * (y - mean)).Average();
        Assert.Multiple(() =>
        {
            Assert.That(mean, Is.EqualTo(0.0).Within(Tolerances.MeanStandardErrors / Math.Sqrt(4000)));
            Assert.That(variance, Is.EqualTo(1.0).Within(Tolerances.SampleVariance));
        });
    }

    [Test]
    public void Chatterjee_design_has_independent_inputs_and_lambda_min_equals_sigma_min_squared()
    {
        var data = SyntheticData.Gaussian(16, 32, seed: 5);
        double lambdaMin = InputGram.SmallestEigenvalue(data);
        // X^T stored column-major d x n is exactly data.Inputs: its singular values are those of X.
        var svd = DenseSpectrum.SingularValues(data.Inputs, data.Dimension, data.Count);
        Assert.Multiple(() =>
        {
            Assert.That(data.Name, Is.EqualTo("gaussian-n16-d32-random-seed5"));
            Assert.That(lambdaMin, Is.GreaterThan(0.01));
            Assert.That(lambdaMin, Is.EqualTo(svd.SigmaMin * svd.SigmaMin).Within(Tolerances.Gram * svd.SigmaMax * svd.SigmaMax));
            Assert.That(svd.Rank, Is.EqualTo(16));
        });
    }

    [Test]
    public void More_samples_than_dimensions_gives_a_singular_gram()
    {
        var data = SyntheticData.Gaussian(20, 5, seed: 1);
        var svd = DenseSpectrum.SingularValues(data.Inputs, data.Dimension, data.Count);
        Assert.That(Math.Abs(InputGram.SmallestEigenvalue(data)), Is.LessThan(Tolerances.Gram * svd.SigmaMax * svd.SigmaMax));
    }

    private static double VectorOpsDot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }
        return s;
    }
}
