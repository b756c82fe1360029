using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.IO;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// `bench --against torch` at one width: the same network, weights, inputs and probe vector in PyTorch, checked to
/// compute the same gradient and HVP, then both sides timed interleaved (median of several rounds) per operation.
/// </summary>
public static class BenchTorch
{
    /// <summary>The PyTorch HVP formulations tools/bench_torch.py implements.</summary>
    public static readonly string[] HvpForms = ["double-backward", "cached-double-backward", "functorch-jvp-grad", "forward-over-reverse"];

    /// <summary>One operation on both sides: medians, spreads, and speedup = PyTorch seconds / BoundCheck seconds.</summary>
    public sealed record Operation(string Name, string Precision, string TorchFormulation, double BoundCheckSeconds, double TorchSeconds,
        double Speedup, double BoundCheckSpread, double TorchSpread, int BoundCheckProducts = 0, int TorchProducts = 0);

    /// <summary>Everything measured at one width (the JSON shape).</summary>
    public sealed record Comparison(int M, string TorchVersion, string Configuration, int Threads,
        double GradientRelativeDifference, IReadOnlyDictionary<string, double> HvpRelativeDifference,
        double EigenvalueRelativeDifference, IReadOnlyList<Operation> Operations);

    /// <summary>What one side needs: the network at theta with its data and the BoundCheck evaluator.</summary>
    public sealed record Setup(Network Network, double[] Theta, Dataset Data, BatchEvaluator Evaluator);

    /// <summary>Runs the comparison; <paramref name="rounds"/> interleaved rounds per timing (Lanczos: at least 3).</summary>
    public static Comparison Run(Setup s, string python, string script, int threads, int rounds, double tolerance)
    {
        var directory = Directory.CreateTempSubdirectory("boundcheck-torch-");
        try
        {
            var probe = new double[s.Network.ParameterCount];
            new Xoshiro256StarStar(5).FillGaussian(probe, 1);
            var networkFile = Path.Combine(directory.FullName, "network.safetensors");
            WriteNetwork(networkFile, s, probe);
            using var peer = TorchPeer.Start(python, script, networkFile, threads);
            var version = peer.Send(new { op = "setup", dtype = "float64" }).GetString("torch");
            var agreement = BenchTorchAgreement.Check(peer, s, probe, directory.FullName);
            var operations = new List<Operation>();
            var (fastest, lossOp) = TimeDerivatives(peer, s, probe, rounds, "float64", operations);
            var eigenvalue = TimeLanczos(peer, s, lossOp, fastest, Math.Max(3, rounds / 2), tolerance, "float64", operations);
            peer.Send(new { op = "setup", dtype = "float32" });
            var (fastest32, _) = TimeDerivatives(peer, s, probe, rounds, "float32", operations);
            TimeLanczos(peer, s, lossOp, fastest32, Math.Max(3, rounds / 2), tolerance, "float32", operations);
            return new Comparison(s.Network.Architecture.Width(1), version, TorchPeer.Configuration(threads), threads,
                agreement.Gradient, agreement.Hvp, Math.Abs(eigenvalue.Torch - eigenvalue.BoundCheck) / eigenvalue.BoundCheck, operations);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // Gradient and every HVP formulation, interleaved with BoundCheck's; returns the fastest PyTorch formulation.
    private static (string Fastest, HessianOperator Op) TimeDerivatives(TorchPeer peer, Setup s, double[] probe, int rounds,
        string precision, List<Operation> operations)
    {
        var gradient = new double[s.Network.ParameterCount];
        var hv = new double[gradient.Length];
        var op = s.Evaluator.LossHessian(s.Theta, s.Data.Targets, LossKind.SquareMean);
        var contenders = new List<Func<double>>
        {
            BenchTiming.Stopwatched(() => s.Evaluator.LossGradient(s.Theta, s.Data.Targets, LossKind.SquareMean, gradient)),
            () => peer.Time("grad"),
            BenchTiming.Stopwatched(() => op.Apply(probe, hv)),
        };
        contenders.AddRange(HvpForms.Select(form => (Func<double>)(() => peer.Time("hvp-" + form))));
        var t = BenchTiming.Interleaved(rounds, [.. contenders]);
        operations.Add(Compare("loss gradient", precision, "autograd.grad", t[0], t[1]));
        var fastest = 0;
        for (var f = 0; f < HvpForms.Length; f++)
        {
            operations.Add(Compare("hvp", precision, HvpForms[f], t[2], t[3 + f]));
            fastest = t[3 + f].Median < t[3 + fastest].Median ? f : fastest;
        }
        operations.Add(Compare("hvp vs fastest", precision, HvpForms[fastest], t[2], t[3 + fastest]));
        return (HvpForms[fastest], op);
    }

    // Top |eigenvalue| of the loss Hessian: PyTorch's Lanczos on its fastest HVP against BoundCheck's on the full
    // operator and on the range restriction. BoundCheck runs in float64 on both rows of a precision.
    private static (double BoundCheck, double Torch) TimeLanczos(TorchPeer peer, Setup s, HessianOperator op, string form, int rounds,
        double tolerance, string precision, List<Operation> operations)
    {
        SpectralEstimate full = null!, restricted = null!;
        int torchProducts = 0;
        double torchValue = 0;
        var t = BenchTiming.Interleaved(rounds, warmUp: false,
            () =>
            {
                var reply = peer.Send(new { op = "lanczos", form, tol = tolerance, max = 300, seed = 1 });
                (torchProducts, torchValue) = (reply.GetInt("products"), reply.GetDouble("value"));
                return reply.GetDouble("seconds");
            },
            Collected(BenchTiming.Stopwatched(() => full = Spectra.SpectralNorm(op, tolerance))),
            Collected(BenchTiming.Stopwatched(() => restricted = NetworkMeasures.LossHessianNorm(s.Evaluator, s.Theta, s.Data.Targets, LossKind.SquareMean, tolerance))));
        operations.Add(Compare("top eigenvalue, full operator", precision, $"lanczos on {form}", t[1], t[0]) with
            { BoundCheckProducts = full.Products, TorchProducts = torchProducts });
        operations.Add(Compare("top eigenvalue, range restriction", precision, $"lanczos on {form}", t[2], t[0]) with
            { BoundCheckProducts = restricted.Products, TorchProducts = torchProducts });
        return (full.Value, torchValue);
    }

    // A Krylov basis is p x k doubles (1 GiB per 16 vectors at m = 2048): collect it after each timed run, untimed,
    // so that repeated runs do not stack their bases in memory.
    private static Func<double> Collected(Func<double> run) => () =>
    {
        var seconds = run();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return seconds;
    };

    private static Operation Compare(string name, string precision, string form, BenchTiming.Timing boundCheck, BenchTiming.Timing torch) =>
        new(name, precision, form, boundCheck.Median, torch.Median, torch.Median / boundCheck.Median, boundCheck.Spread, torch.Spread);

    // W1..WL, v (torch layout), the probe as U1..UL, u_v, the inputs X, y, and what the script must build.
    private static void WriteNetwork(string path, Setup s, double[] probe)
    {
        var tensors = new List<NamedTensor>(ParameterTensors.ToTensors(s.Network, s.Theta));
        tensors.AddRange(ParameterTensors.ToTensors(s.Network, probe)
            .Select(t => t with { Name = t.Name == "v" ? "u_v" : "U" + t.Name[1..] }));
        tensors.AddRange(DatasetTensors.ToTensors(s.Data));
        var metadata = new Dictionary<string, string>
        {
            ["depth"] = s.Network.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["scaling"] = "ntk",
            ["activation"] = "tanh",
            ["loss"] = "square-mean",
        };
        SafetensorsWriter.Write(path, tensors, TensorDType.F64, metadata);
    }
}
