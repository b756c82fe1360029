using System.Diagnostics;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// The large-width memory check of `boundcheck bench --large`: a loss-Hessian Lanczos at L = 4, m = 4096, n = 32,
/// with the Krylov basis capped so the run fits in the memory the kernel reports available, and the peak RSS.
/// </summary>
public static class BenchMemory
{
    /// <summary>What the check measured (the JSON shape).</summary>
    public sealed record LargeResult(
        int L, int M, int N, long Parameters, double BytesPerVector, double AvailableBytesAtStart, int IterationCap,
        int Products, double Seconds, double HessianNorm, double RelativeResidual, string Exit, double PeakRssBytes,
        double EstimatedBytesFor30Vectors);

    /// <summary>Runs the check; <paramref name="depth"/> x <paramref name="width"/> at <paramref name="samples"/> inputs of dimension 32.</summary>
    public static LargeResult Run(int depth, int width, int samples)
    {
        var available = MemInfoBytes("MemAvailable:");
        var network = ModelBuilder.Mlp(ModelSpec.FullyConnected.Uniform(depth, width, "tanh"), 32);
        long p = network.ParameterCount;
        var vectorBytes = 8.0 * p;
        // theta, the Lanczos work vector and start vector, plus slack for the runtime and per-layer buffers.
        var fixedBytes = 4 * vectorBytes + 9.0 * 8 * depth * width * samples + (256 << 20);
        var cap = (int)Math.Clamp((0.5 * available - fixedBytes) / vectorBytes, 2, 300);
        var theta = Initialiser.Draw(network, new Initialisation.Gaussian(1.0), 1);
        var data = SyntheticData.Sphere(samples, 32, LabelKind.Teacher, 1);
        var evaluator = new BatchEvaluator(network, data);
        var clock = Stopwatch.StartNew();
        var op = evaluator.LossHessian(theta, data.Targets, LossKind.SquareMean);
        var norm = Spectra.SpectralNorm(op, 1e-6, maxIterations: cap);
        return new LargeResult(depth, width, samples, p, vectorBytes, available, cap, norm.Products, clock.Elapsed.TotalSeconds,
            norm.Value, norm.RelativeResidual, norm.Exit.ToString(), StatusBytes("VmHWM:"), fixedBytes + 30 * vectorBytes);
    }

    /// <summary>A "Name: value kB" field of /proc/self/status in bytes (NaN where /proc is absent).</summary>
    public static double StatusBytes(string field) => Field("/proc/self/status", field);

    private static double MemInfoBytes(string field) => Field("/proc/meminfo", field);

    private static double Field(string path, string field)
    {
        if (!File.Exists(path))
        {
            return double.NaN;
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var words = line[field.Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                return double.Parse(words[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        return double.NaN;
    }
}
