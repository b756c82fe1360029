using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>
/// Builds <see cref="NetworkProbe"/>s: the model family of a theorem picks the architecture, its <c>init:</c> the
/// initialisation, the setting's data spec the data.
/// </summary>
/// <param name="tolerance">Relative accuracy asked of every Lanczos run; its residual certificate is the error bar the
/// verdicts use, so a looser tolerance costs only verdicts whose bound lies within the error bar.</param>
public sealed class NetworkProbeFactory(double tolerance = NetworkProbeFactory.DefaultTolerance) : IProbeFactory
{
    /// <summary>Default Lanczos tolerance for checks: 1e-4 relative (bounds are rarely within 0.01% of a measurement).</summary>
    public const double DefaultTolerance = 1e-4;

    private readonly Dictionary<(string, int), Dataset> _data = [];

    /// <summary>Model families this factory builds (theorem files name them in <c>model:</c>).</summary>
    public static IReadOnlyList<string> Families { get; } = ["fc", "fc-standard", "fc-wide-layer", "any"];

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Declared(SettingSpec spec)
    {
        var activation = Activation(spec.Activation);
        var data = Data(spec);
        var c = activation.Constants;
        return new Dictionary<string, double>
        {
            ["activation.lipschitz"] = c.Lipschitz,
            ["activation.smoothness"] = c.Smoothness,
            ["activation.phi0"] = c.ValueAtZero,
            ["activation.increasing"] = c.StrictlyIncreasing ? 1 : 0,
            ["activation.min_derivative"] = c.MinDerivative,
            // tanh, sigmoid, softplus, gelu and silu are real-analytic and not polynomials; identity is a polynomial.
            ["activation.analytic"] = activation.Name == "identity" ? 0 : 1,
            ["data.n"] = data.Count,
            ["data.d"] = data.Dimension,
        };
    }

    /// <inheritdoc/>
    public ISettingProbe Create(ProbeRequest request)
    {
        var data = Data(request.Spec);
        var spec = Model(request, data);
        var model = ModelBuilder.Build(spec, data.Dimension);
        var init = Initialisation(request, spec, data.Dimension);
        if (init.Problem is { } problem)
        {
            throw new InputException($"initialisation {init.Name}: {problem}");
        }
        var theta0 = model.Initialise(init, (ulong)request.Spec.Seed);
        var description = SettingNames.Description(model, init, data);
        return new NetworkProbe(model, theta0, data, request.Bindings, init, request.Spec.Seed, description, tolerance, request.Spec.Steps);
    }

    /// <summary>The model a theorem's family means at a setting: depth L, width m (and m_wide), the setting's variants.</summary>
    public static ModelSpec Model(ProbeRequest request, Dataset data)
    {
        var b = request.Bindings;
        int Int(string name, int fallback) => b.TryGetValue(name, out var v) ? checked((int)Math.Round(v)) : fallback;
        var depth = Int("L", 3);
        // Kawaguchi-Sun's narrow layers are narrow: width 16 unless set (BoundCheck's experiment design).
        var width = Int("m", request.Model == "fc-wide-layer" ? 16 : 256);
        var (activation, biases, residual) = (request.Spec.Activation, request.Spec.Biases, request.Spec.Residual);
        return request.Model switch
        {
            // Chatterjee's positive initialisation is stated for the standard parameterisation (arXiv:2203.16462v5).
            "any" when request.Init == "positive" => ModelSpec.FullyConnected.Uniform(depth, width, activation, Models.Scaling.Standard, biases, residual),
            "fc" or "any" => ModelSpec.FullyConnected.Uniform(depth, width, activation, Models.Scaling.Ntk, biases, residual),
            "fc-standard" => ModelSpec.FullyConnected.Uniform(depth, width, activation, Models.Scaling.Standard, biases, residual),
            // Narrow layers of width m with one wide layer (the second hidden layer, or the only one when L = 1).
            "fc-wide-layer" => new ModelSpec.FullyConnected(
                [.. Enumerable.Range(1, depth).Select(l => l == Math.Min(2, depth) ? Int("m_wide", 2 * data.Count) : width)], activation,
                Models.Scaling.Ntk, biases, residual),
            _ => throw new InputException(
                $"model family '{request.Model}' is not built by the network probe (known: {string.Join(", ", Families)})"),
        };
    }

    private static Initialisation Initialisation(ProbeRequest request, ModelSpec spec, int inputDimension) => request.Init switch
    {
        "gaussian" when request.InitVariance is { } variance => new Initialisation.Gaussian(variance),
        "gaussian" when request.Bindings.TryGetValue("sigma1", out var sigma1) => new Initialisation.Banerjee(sigma1),
        // Without a stated variance: NTK init, W entries N(0, 1) (the 1/sqrt(fan_in) is in the forward pass).
        "gaussian" => new Initialisation.Gaussian(spec is ModelSpec.FullyConnected { Scaling: Models.Scaling.Standard } ? 1.0 / inputDimension : 1.0),
        "positive" => new Initialisation.Positive(request.Bindings.TryGetValue("lambda", out var lambda) ? lambda : 4),
        _ => throw new InputException($"initialisation '{request.Init}' is not known (known: gaussian, positive)"),
    };

    private static Activation Activation(string name) =>
        Activations.TryParse(name) ?? throw new InputException($"unknown activation '{name}' (known: {Activations.Names})");

    private Dataset Data(SettingSpec spec)
    {
        if (_data.TryGetValue((spec.Data, spec.Seed), out var cached))
        {
            return cached;
        }
        var result = DataSpec.Load(spec.Data, spec.Seed);
        if (!result.IsSuccess)
        {
            throw new InputException(result.Error!);
        }
        return _data[(spec.Data, spec.Seed)] = result.Dataset!;
    }
}
