using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.IO;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Commands;

/// <summary>The network/data options shared by measure-style commands, validated once with messages naming the value.</summary>
internal sealed class NetworkSetup
{
    private static int _announced;

    public Option<int> Depth { get; } = new("--L") { Description = "Depth L (hidden layers)", DefaultValueFactory = _ => 3 };
    public Option<int> Width { get; } = new("--m") { Description = "Width m of every hidden layer", DefaultValueFactory = _ => 256 };
    public Option<int> InputDimension { get; } = new("--d") { Description = "Input dimension d", DefaultValueFactory = _ => 32 };
    public Option<int> Samples { get; } = new("--n") { Description = "Number of samples n", DefaultValueFactory = _ => 128 };
    public Option<string> Activation { get; } = new("--activation") { Description = $"One of: {Activations.Names}", DefaultValueFactory = _ => "tanh" };
    public Option<double?> Sigma0Squared { get; } = new("--sigma0sq") { Description = "Gaussian init variance sigma0^2 (default 1)" };
    public Option<double?> Sigma1 { get; } = new("--sigma1") { Description = "Banerjee's sigma1 (implies --init banerjee)" };
    public Option<string?> Init { get; } = new("--init") { Description = "gaussian | banerjee | positive" };
    public Option<double> Lambda { get; } = new("--lambda") { Description = "Output entries of the positive init", DefaultValueFactory = _ => 1.0 };
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the initialisation and the synthetic data", DefaultValueFactory = _ => 1 };
    public Option<string?> Weights { get; } = new("--weights") { Description = "safetensors file with theta: W1..WL [, b1..bL], v (the architecture is read off their shapes) or a flat 'theta' (with --L, --m)" };
    public Option<string?> Inputs { get; } = new("--inputs") { Description = "safetensors file with X [n, d] and y [n]" };
    public Option<string> ScalingName { get; } = new("--scaling") { Description = "ntk (z = W a / sqrt(fan_in), the papers') or standard (z = W a, as torch.nn.Linear)", DefaultValueFactory = _ => "ntk" };
    public Option<bool> Biases { get; } = new("--biases") { Description = "A bias vector per layer (initialised to 0; with --weights the tensors b1..bL decide)" };
    public Option<bool> Residual { get; } = new("--residual") { Description = "Skip connections on the equal-width hidden layers l >= 2" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Depth, Width, InputDimension, Samples, Activation, Sigma0Squared, Sigma1, Init, Lambda, Seed, Weights, Inputs, ScalingName, Biases, Residual })
        {
            command.Add(option);
        }
    }

    /// <summary>The model, theta, data, initialisation and setting name the options describe (built by the library).</summary>
    public (IModel Model, double[] Theta, Dataset Data, Initialisation Init, string Setting) Build(ParseResult parse) =>
        CheckCommand.Run(() =>
        {
            var weights = parse.GetValue(Weights) is { } path ? ModelWeights.Open(path) : null;
            var data = LoadData(parse, weights?.InputDimension);
            var spec = Spec(parse);
            var seed = parse.GetValue(Seed);
            var scheme = Scheme(parse);
            var (model, theta) = weights is not null
                ? ModelWeights.Read(weights, data.Dimension, new WeightsRequest(spec, Given(parse, Depth), Given(parse, Width), parse.GetValue(Biases)))
                : Initialised(ModelBuilder.Build(spec, data.Dimension), scheme, (ulong)seed);
            return (model, theta, data, scheme, $"{SettingNames.Of(model, scheme, (ulong)seed)}/{data.Name}");
        });

    // Whether the option was on the command line (not its default).
    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    /// <summary>The architecture the options ask for.</summary>
    public ModelSpec.FullyConnected Spec(ParseResult parse)
    {
        var depth = Positive(parse.GetValue(Depth), "--L");
        var width = Positive(parse.GetValue(Width), "--m");
        var scaling = parse.GetValue(ScalingName) switch
        {
            "ntk" => Scaling.Ntk,
            "standard" => Scaling.Standard,
            var other => throw new CliInputException($"--scaling '{other}': expected ntk or standard"),
        };
        return ModelSpec.FullyConnected.Uniform(depth, width, parse.GetValue(Activation) ?? "tanh", scaling, parse.GetValue(Biases), parse.GetValue(Residual));
    }

    private static (IModel, double[]) Initialised(IModel model, Initialisation scheme, ulong seed) => (model, model.Initialise(scheme, seed));

    /// <summary>Writes the fallback notice to stderr once per process.</summary>
    public static void AnnounceBackend(CliConsole console)
    {
        if (Blas.FallbackNotice is { } notice && Interlocked.Exchange(ref _announced, 1) == 0)
        {
            console.Error.WriteLine(notice);
        }
    }

    /// <summary>Says on stderr that an architecture variant lies outside the theorem's model.</summary>
    public static void AnnounceVariant(CliConsole console, Theorem theorem, SettingSpec spec)
    {
        if (RunBuilder.VariantNote(theorem, spec) is { } note)
        {
            console.Error.WriteLine($"boundcheck: {note}");
        }
    }

    /// <summary>
    /// OpenBLAS's thread count is per process: with <paramref name="jobs"/> concurrent tasks each gets cores / jobs
    /// threads, so jobs x threads &lt;= cores; says so on stderr.
    /// </summary>
    public static void ShareBlasThreads(CliConsole console, int jobs, string what)
    {
        if (jobs > 1 && Blas.OpenBlasOrNull is { } openBlas)
        {
            openBlas.Threads = Math.Max(1, Environment.ProcessorCount / jobs);
            console.Error.WriteLine($"boundcheck: {jobs} {what} at a time, {openBlas.Threads} BLAS thread(s) each on {Environment.ProcessorCount} cores");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private Initialisation Scheme(ParseResult parse)
    {
        var sigma1 = parse.GetValue(Sigma1);
        var init = parse.GetValue(Init) ?? (sigma1 is null ? "gaussian" : "banerjee");
        switch (init)
        {
            case "gaussian":
                var variance = parse.GetValue(Sigma0Squared) ?? 1.0;
                if (!(variance >= 0) || double.IsInfinity(variance))
                {
                    throw new CliInputException($"--sigma0sq must be >= 0 and finite, got {variance}");
                }
                return new Initialisation.Gaussian(variance);
            case "banerjee":
                var s1 = sigma1 ?? 1.0;
                if (!(s1 > 0) || double.IsInfinity(s1))
                {
                    throw new CliInputException($"--sigma1 must be > 0 and finite, got {s1}");
                }
                return new Initialisation.Banerjee(s1);
            case "positive":
                var lambda = parse.GetValue(Lambda);
                if (!(lambda > 0))
                {
                    throw new CliInputException($"--lambda must be > 0, got {lambda}");
                }
                return new Initialisation.Positive(lambda);
            default:
                throw new CliInputException($"--init: unknown initialisation '{init}' (known: gaussian, banerjee, positive)");
        }
    }

    // The --inputs file, else synthetic data of --d (when given, else the d the weights imply, else --d's default).
    private Dataset LoadData(ParseResult parse, int? weightsDimension)
    {
        if (parse.GetValue(Inputs) is { } path)
        {
            var read = SafetensorsReader.Read(path);
            if (!read.IsSuccess)
            {
                throw new CliInputException(read.Error!);
            }
            var result = DatasetTensors.FromFile(read.File!, Path.GetFileName(path));
            return result.Dataset ?? throw new CliInputException(result.Error!);
        }
        var n = Positive(parse.GetValue(Samples), "--n");
        var d = Positive(Given(parse, InputDimension) ? parse.GetValue(InputDimension) : weightsDimension ?? parse.GetValue(InputDimension), "--d");
        return SyntheticData.Sphere(n, d, LabelKind.Teacher, parse.GetValue(Seed));
    }

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new CliInputException($"{name} must be >= 1, got {value}");
}
