using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Data;

/// <summary>Deterministic synthetic datasets (bit-identical for the same arguments).</summary>
public static class SyntheticData
{
    // Offset so the teacher's generator is a different stream from the inputs' even when the seeds coincide.
    private const int TeacherStream = 1_000_003;

    /// <summary>
    /// n inputs in R^d drawn from <paramref name="seed"/>, targets from a teacher seeded by
    /// <paramref name="teacherSeed"/> (default: <paramref name="seed"/>) or i.i.d. N(0, 1) random labels.
    /// Name: e.g. "sphere-n128-d32-teacher-seed1" (with "-teacherK" when the teacher seed differs).
    /// </summary>
    public static Dataset Generate(InputKind inputs, int n, int d, LabelKind labels, int seed, int? teacherSeed = null)
    {
        if (n < 1 || d < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), $"n and d must be >= 1, got n = {n}, d = {d}.");
        }
        var random = new Random(seed);
        var x = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            var xi = x.AsSpan(i * d, d);
            RandomVectors.FillGaussian(random, xi);
            double scale = inputs == InputKind.Sphere ? Math.Sqrt(d) / VectorOps.Norm(xi) : 1 / Math.Sqrt(d);
            VectorOps.Scale(scale, xi);
        }
        var y = new double[n];
        if (labels == LabelKind.Random)
        {
            RandomVectors.FillGaussian(random, y);
        }
        else
        {
            var teacher = new TeacherNetwork(d, (teacherSeed ?? seed) + TeacherStream);
            for (int i = 0; i < n; i++)
            {
                y[i] = teacher.Evaluate(x.AsSpan(i * d, d));
            }
        }
        string teacherTag = labels == LabelKind.Teacher && teacherSeed is int t && t != seed ? $"-teacher{t}" : "";
        string name = $"{Prefix(inputs)}-n{n}-d{d}-{Label(labels)}-seed{seed}{teacherTag}";
        return new Dataset(name, n, d, x, y);
    }

    /// <summary>Inputs on the sphere of radius sqrt(d).</summary>
    public static Dataset Sphere(int n, int d, LabelKind labels = LabelKind.Teacher, int seed = 1) =>
        Generate(InputKind.Sphere, n, d, labels, seed);

    /// <summary>Inputs i.i.d. N(0, I_d / d) (Chatterjee's design).</summary>
    public static Dataset Gaussian(int n, int d, LabelKind labels = LabelKind.Random, int seed = 1) =>
        Generate(InputKind.Gaussian, n, d, labels, seed);

    internal static string Prefix(InputKind inputs) => inputs == InputKind.Sphere ? "sphere" : "gaussian";

    internal static string Label(LabelKind labels) => labels == LabelKind.Teacher ? "teacher" : "random";
}
