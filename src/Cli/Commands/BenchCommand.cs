using System.CommandLine;
using System.Diagnostics;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Cli.Commands;

/// <summary>`boundcheck bench`: GEMM throughput, gradient and HVP cost, and Lanczos cost for L = 3, n = 128, d = 32, tanh.</summary>
public static class BenchCommand
{
    private const int Depth = 3, Samples = 128, InputDimension = 32;

    /// <summary>Measurements at one width (the JSON shape).</summary>
    public sealed record WidthResult(
        int M, int Parameters, double GemmPanelGflops, double GemmSquareGflops, double GradSeconds, double HvpSeconds,
        double HvpOverGrad, double GradGflops, double HvpGflops, double GradFractionOfGemm, double HvpFractionOfGemm,
        int LanczosProducts, double LanczosSeconds, double LossHessianNorm, string LanczosExit,
        int PredictorLanczosProducts, double PredictorLanczosSeconds, double PredictorHessianNorm, string PredictorLanczosExit,
        double PredictorHvpSeconds, double LanczosOverheadFraction, double PredictorLanczosOverheadFraction,
        int RestrictedDimension, double RestrictedProductSecondsPerInput, int RestrictedProducts, double RestrictedSecondsPerInput,
        double RestrictedNormRelativeDifference, double RestrictedSpeedup,
        int RestrictedLossProducts, double RestrictedLossSeconds, double RestrictedLossRelativeDifference, double RestrictedLossSpeedup,
        double ManagedGemmGflops = 0, double ManagedOverPanel = 0);

    /// <summary>The whole run (the JSON shape).</summary>
    public sealed record BenchResult(string Backend, int L, int N, int D, string Activation, IReadOnlyList<WidthResult> Widths,
        double EstimatedBytesL4M4096Lanczos30, double PeakRssBytes, BenchMemory.LargeResult? Large,
        IReadOnlyList<BenchTorch.Comparison>? Torch = null);

    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var widths = new Option<int[]>("--widths") { Description = "Widths to run", DefaultValueFactory = _ => [256, 1024, 2048], AllowMultipleArgumentsPerToken = true };
        var command = new Command("bench", "Benchmark GEMM, gradient, HVP and Lanczos for L=3, n=128, d=32, tanh");
        var large = new Option<bool>("--large") { Description = "Also run the L=4, m=4096, n=32 loss-Hessian Lanczos memory check" };
        var against = new Option<string?>("--against") { Description = "Also run the same network in PyTorch (torch) and compare per operation" };
        var rounds = new Option<int>("--rounds") { Description = "Interleaved rounds per timing with --against (medians reported)", DefaultValueFactory = _ => 5 };
        command.Add(json);
        command.Add(widths);
        command.Add(large);
        command.Add(against);
        command.Add(rounds);
        command.SetAction(parse =>
        {
            NetworkSetup.AnnounceBackend(console);
            var list = parse.GetValue(widths) ?? [256, 1024, 2048];
            foreach (var m in list)
            {
                if (m < 1)
                {
                    throw new CliInputException($"--widths: every width must be >= 1, got {m}");
                }
            }
            var peer = PeerOrNull(parse.GetValue(against), parse.GetValue(rounds));
            var results = new List<WidthResult>();
            var comparisons = new List<BenchTorch.Comparison>();
            foreach (var m in list)
            {
                console.Error.WriteLine($"bench: m = {m} ...");
                results.Add(RunWidth(m, peer, comparisons, console));
            }
            BenchMemory.LargeResult? largeResult = null;
            if (parse.GetValue(large))
            {
                console.Error.WriteLine("bench: L = 4, m = 4096, n = 32 memory check ...");
                largeResult = BenchMemory.Run(4, 4096, 32);
            }
            var result = new BenchResult(Blas.DescribeDefault(), Depth, Samples, InputDimension, "tanh", results, EstimateBytes(4, 4096, 30),
                BenchMemory.StatusBytes("VmHWM:"), largeResult, peer is null ? null : comparisons);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(NetworkSetup.ToJson(result));
            }
            else
            {
                Print(console, result);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static WidthResult RunWidth(int m, PeerOptions? peer, List<BenchTorch.Comparison> comparisons, CliConsole console)
    {
        var blas = Blas.Default;
        var (panel, managedPanel) = PanelGflops(blas, m);
        var square = GemmGflops(blas, m, m, m);
        var network = ModelBuilder.Mlp(ModelSpec.FullyConnected.Uniform(Depth, m, "tanh"), InputDimension);
        var theta = Initialiser.Draw(network, new Initialisation.Gaussian(1.0), 1);
        var data = SyntheticData.Sphere(Samples, InputDimension, LabelKind.Teacher, 1);
        var evaluator = new BatchEvaluator(network, data, blas);
        var gradient = new double[network.ParameterCount];
        var gradSeconds = Time(() => evaluator.LossGradient(theta, data.Targets, LossKind.SquareMean, gradient));
        var op = evaluator.LossHessian(theta, data.Targets, LossKind.SquareMean);
        var hv = new double[network.ParameterCount];
        var hvpSeconds = Time(() => op.Apply(gradient, hv));
        var arch = network.Architecture;
        var gradGflops = FlopCount.Gradient(arch, Samples) / gradSeconds / 1e9;
        var hvpGflops = FlopCount.HessianVector(arch, Samples) / hvpSeconds / 1e9;
        var clock = Stopwatch.StartNew();
        var loss = Spectra.SpectralNorm(op, 1e-6);
        var lossSeconds = clock.Elapsed.TotalSeconds;
        var predictorOp = evaluator.PredictorHessianAt(theta, 0);
        var predictorHvpSeconds = Time(() => predictorOp.Apply(gradient, hv));
        clock.Restart();
        var predictor = Spectra.SpectralNorm(predictorOp, 1e-6);
        var predictorSeconds = clock.Elapsed.TotalSeconds;
        // The same norm for all n inputs at once on the range restriction (what check and sweep use).
        var restricted = evaluator.PredictorHessians(theta);
        var all = Enumerable.Range(0, Samples).ToArray();
        var block = new double[restricted.Dimension * Samples];
        new Xoshiro256StarStar(3).FillGaussian(block, 1);
        var blockOut = new double[block.Length];
        var restrictedProductSeconds = Time(() => restricted.Apply(all, block, blockOut)) / Samples;
        clock.Restart();
        var norms = NetworkMeasures.PredictorHessianNorms(evaluator, theta, 1e-6);
        var restrictedSeconds = clock.Elapsed.TotalSeconds / Samples;
        clock.Restart();
        var restrictedLoss = NetworkMeasures.LossHessianNorm(evaluator, theta, data.Targets, LossKind.SquareMean, 1e-6);
        var restrictedLossSeconds = clock.Elapsed.TotalSeconds;
        if (peer is not null)
        {
            console.Error.WriteLine($"bench: m = {m} against PyTorch ({peer.Rounds} interleaved rounds) ...");
            comparisons.Add(BenchTorch.Run(new BenchTorch.Setup(network, theta, data, evaluator), peer.Python, peer.Script, BlasThreads(),
                peer.Rounds, 1e-6));
        }
        return new WidthResult(m, network.ParameterCount, panel, square, gradSeconds, hvpSeconds, hvpSeconds / gradSeconds,
            gradGflops, hvpGflops, gradGflops / panel, hvpGflops / panel,
            loss.Products, lossSeconds, loss.Value, loss.Exit.ToString(),
            predictor.Products, predictorSeconds, predictor.Value, predictor.Exit.ToString(), predictorHvpSeconds,
            Overhead(lossSeconds, loss.Products, hvpSeconds), Overhead(predictorSeconds, predictor.Products, predictorHvpSeconds),
            restricted.Dimension, restrictedProductSeconds, norms.Sum(n => n.Products), restrictedSeconds,
            Math.Abs(norms[0].Value - predictor.Value) / predictor.Value, predictorSeconds / restrictedSeconds,
            restrictedLoss.Products, restrictedLossSeconds, Math.Abs(restrictedLoss.Value - loss.Value) / loss.Value, lossSeconds / restrictedLossSeconds,
            managedPanel, managedPanel / panel);
    }

    private sealed record PeerOptions(string Python, string Script, int Rounds);

    // The PyTorch peer's python and script for --against torch; a missing piece is bad input with the way to get it.
    private static PeerOptions? PeerOrNull(string? against, int rounds)
    {
        if (against is null)
        {
            return null;
        }
        if (against != "torch")
        {
            throw new CliInputException($"--against: the only peer is 'torch', got '{against}'");
        }
        if (rounds < 1)
        {
            throw new CliInputException($"--rounds must be >= 1, got {rounds}");
        }
        var python = TorchPeer.FindPython() ?? throw new CliInputException(TorchPeer.InstallHint);
        var script = TorchPeer.FindScript() ?? throw new CliInputException("bench --against torch: tools/bench_torch.py not found beside the executable's repository");
        return new PeerOptions(python, script, rounds);
    }

    // The thread count of the BLAS backend in use, which the peer is given too.
    private static int BlasThreads() => Blas.Default switch
    {
        OpenBlas native => native.Threads,
        ManagedBlas managed => managed.Threads,
        _ => Environment.ProcessorCount,
    };

    // GFLOP/s of the m x m times m x n panel on the default backend and on the managed kernel, interleaved (medians).
    private static (double Default, double Managed) PanelGflops(BlasBackend blas, int m)
    {
        var a = new double[m * m];
        var b = new double[m * Samples];
        var c = new double[m * Samples];
        new Xoshiro256StarStar(1).FillGaussian(a, 1);
        new Xoshiro256StarStar(2).FillGaussian(b, 1);
        var flops = 2.0 * m * m * Samples;
        var rounds = (int)Math.Clamp(2e10 / flops, 5, 200);
        var t = BenchTiming.Interleaved(rounds,
            BenchTiming.Stopwatched(() => blas.Gemm(Transpose.No, Transpose.No, m, Samples, m, 1, a, m, b, m, 0, c, m)),
            BenchTiming.Stopwatched(() => Blas.Managed.Gemm(Transpose.No, Transpose.No, m, Samples, m, 1, a, m, b, m, 0, c, m)));
        return (flops / t[0].Median / 1e9, flops / t[1].Median / 1e9);
    }

    // Share of a Lanczos run not spent in operator products (reorthogonalisation, Ritz values).
    private static double Overhead(double seconds, int products, double productSeconds) =>
        Math.Max(0, seconds - products * productSeconds) / seconds;

    // GFLOP/s of C (m x n) = A (m x k) B (k x n): best of repeated runs lasting at least 0.3 s in total.
    private static double GemmGflops(BlasBackend blas, int m, int n, int k)
    {
        var a = new double[m * k];
        var b = new double[k * n];
        var c = new double[m * n];
        new Xoshiro256StarStar(1).FillGaussian(a, 1);
        new Xoshiro256StarStar(2).FillGaussian(b, 1);
        var seconds = Time(() => blas.Gemm(Transpose.No, Transpose.No, m, n, k, 1, a, m, b, k, 0, c, m));
        return 2.0 * m * n * k / seconds / 1e9;
    }

    // Best time of at least 3 runs and at least 0.3 s (after one warm-up run): the least disturbed by other load.
    private static double Time(Action action)
    {
        action();
        var best = double.PositiveInfinity;
        var total = Stopwatch.StartNew();
        for (var run = 0; run < 3 || total.Elapsed.TotalSeconds < 0.3; run++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    // theta, gradient, Lanczos basis of k vectors and two work vectors, plus per-layer m x n buffers (9 per layer).
    private static double EstimateBytes(int depth, int m, int k)
    {
        var p = (double)m * InputDimension + (depth - 1.0) * m * m + m;
        return 8 * (p * (k + 4) + 9.0 * depth * m * Samples);
    }

    private static void Print(CliConsole console, BenchResult r)
    {
        console.Out.WriteLine($"backend: {r.Backend}; L={r.L}, n={r.N}, d={r.D}, {r.Activation}");
        console.Out.WriteLine($"panel GEMM (m x m times m x {r.N}), interleaved medians: {r.Backend} against the managed kernel ({Blas.Managed.Name})");
        foreach (var w in r.Widths)
        {
            console.Out.WriteLine($"{w.M,6} {w.GemmPanelGflops,9:F1}GF  managed {w.ManagedGemmGflops,7:F1}GF  managed/panel {w.ManagedOverPanel,5:F2}");
        }
        console.Out.WriteLine("     m          p  gemm(mxmxn)  gemm(sq)   grad s    hvp s  hvp/grad  grad%gemm  hvp%gemm   lanczos(loss) prods/s/ovh    lanczos(pred) prods/s/ovh");
        foreach (var w in r.Widths)
        {
            console.Out.WriteLine($"{w.M,6} {w.Parameters,10} {w.GemmPanelGflops,9:F1}GF {w.GemmSquareGflops,7:F1}GF {w.GradSeconds,8:F4} {w.HvpSeconds,8:F4} {w.HvpOverGrad,9:F2} {w.GradFractionOfGemm,9:P0} {w.HvpFractionOfGemm,9:P0} {w.LanczosProducts,6} {w.LanczosSeconds,7:F2}s {w.LanczosOverheadFraction,4:P0} {w.PredictorLanczosProducts,6} {w.PredictorLanczosSeconds,7:F2}s {w.PredictorLanczosOverheadFraction,4:P0}");
        }
        console.Out.WriteLine($"predictor-Hessian norm per input: full operator (p-dim, one input) vs range restriction (all n = {r.N} inputs batched)");
        console.Out.WriteLine("     m  restricted dim  product/input  full product   full s/input  restricted s/input  products/input  speedup  rel. diff of ||H(x0)||");
        foreach (var w in r.Widths)
        {
            console.Out.WriteLine($"{w.M,6} {w.RestrictedDimension,15} {w.RestrictedProductSecondsPerInput * 1e3,12:F3}ms {w.PredictorHvpSeconds * 1e3,10:F2}ms {w.PredictorLanczosSeconds,13:F3}s {w.RestrictedSecondsPerInput,18:F4}s {(double)w.RestrictedProducts / r.N,15:F1} {w.RestrictedSpeedup,7:F1}x {w.RestrictedNormRelativeDifference,14:E1}");
        }
        console.Out.WriteLine("loss-Hessian norm: full operator vs range restriction (2 n L m coordinates, or the full operator when that is not smaller)");
        console.Out.WriteLine("     m   full s  products   restricted s  products  speedup  rel. diff");
        foreach (var w in r.Widths)
        {
            console.Out.WriteLine($"{w.M,6} {w.LanczosSeconds,7:F2}s {w.LanczosProducts,9} {w.RestrictedLossSeconds,13:F3}s {w.RestrictedLossProducts,9} {w.RestrictedLossSpeedup,7:F1}x {w.RestrictedLossRelativeDifference,10:E1}");
        }
        console.Out.WriteLine($"estimated memory for L=4, m=4096 with 30 Lanczos vectors: {r.EstimatedBytesL4M4096Lanczos30 / (1 << 30):F1} GiB; peak RSS of this run {r.PeakRssBytes / (1 << 30):F2} GiB");
        if (r.Torch is { } torch)
        {
            BenchTorchOutput.Print(console, torch);
        }
        if (r.Large is { } g)
        {
            console.Out.WriteLine($"L={g.L} m={g.M} n={g.N} (p={g.Parameters}, {g.BytesPerVector / (1 << 20):F0} MiB/vector): loss-Hessian Lanczos {g.Products} products in {g.Seconds:F1}s, " +
                $"|lambda|max {g.HessianNorm:G6} (rel. residual {g.RelativeResidual:E1}, {g.Exit}, cap {g.IterationCap} vectors from {g.AvailableBytesAtStart / (1 << 30):F1} GiB available), peak RSS {g.PeakRssBytes / (1 << 30):F2} GiB");
        }
    }
}
