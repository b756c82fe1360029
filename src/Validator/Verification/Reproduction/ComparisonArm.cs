using BoundCheck.Validator.Data;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// One initialisation of the comparison: its parameterisation and how theta_0 is drawn for a seed. The random ones
/// are the common choices at the same width and depth: N(0, 1) in the NTK parameterisation (W a / sqrt(fan_in)), and
/// LeCun N(0, 1/fan_in) and Kaiming N(0, 2/fan_in) in the standard one (W a), every weight matrix including v.
/// </summary>
/// <param name="Key">Short name for tables and file names.</param>
/// <param name="OutputScale">Factor on v after drawing (the output scale of the random-init corollary; 1 otherwise).</param>
internal sealed record ComparisonArm(string Key, string Name, Models.Scaling Scaling, Func<Network, ulong, double[]> Draw, double OutputScale = 1)
{
    public Network Network(Dataset data, int depth, int width, Activation activation) =>
        new(Architecture.Uniform(data.Dimension, depth, width, activation, Scaling));

    public double[] Theta(Network network, int seed)
    {
        var theta = Draw(network, (ulong)seed);
        var v = network.Layout.Output.Of(theta.AsSpan());
        foreach (ref var x in v)
        {
            x *= OutputScale;
        }
        return theta;
    }

    /// <summary>Chatterjee's positive initialisation (standard parameterisation): W1 = 0, hidden Uniform(0.5, 1.5)/m, v = lambda.</summary>
    public static ComparisonArm Positive(double lambda) => new("positive", $"positive (lambda = {Cells.Number(lambda)}), standard parameterisation",
        Models.Scaling.Standard, (net, seed) => Initialiser.Draw(net, new Initialisation.Positive(lambda), seed));

    /// <summary>W entries and v entries N(0, 1), NTK parameterisation.</summary>
    public static ComparisonArm GaussianNtk(double outputScale = 1) => new("gaussian-ntk",
        outputScale == 1 ? "Gaussian N(0, 1), NTK parameterisation" : $"Gaussian N(0, 1), NTK parameterisation, v x {Cells.Number(outputScale)}",
        Models.Scaling.Ntk, (net, seed) => Initialiser.Draw(net, new Initialisation.Gaussian(1.0, OutputInit.Gaussian), seed), outputScale);

    /// <summary>LeCun normal: every weight matrix N(0, 1/fan_in), standard parameterisation.</summary>
    public static ComparisonArm LeCun { get; } = new("lecun", "LeCun N(0, 1/fan_in), standard parameterisation", Models.Scaling.Standard, (net, seed) => FanIn(net, seed, 1));

    /// <summary>Kaiming (He) normal: every weight matrix N(0, 2/fan_in), standard parameterisation.</summary>
    public static ComparisonArm Kaiming { get; } = new("kaiming", "Kaiming N(0, 2/fan_in), standard parameterisation", Models.Scaling.Standard, (net, seed) => FanIn(net, seed, 2));

    // N(0, 1) entries, then each block times sqrt(gain / fan_in): N(0, gain / fan_in).
    private static double[] FanIn(Network network, ulong seed, double gain)
    {
        var theta = Initialiser.Draw(network, new Initialisation.Gaussian(1.0, OutputInit.Gaussian), seed);
        var architecture = network.Architecture;
        for (var l = 1; l <= architecture.Depth; l++)
        {
            Scale(network.Layout.Weight(l).Of(theta.AsSpan()), Math.Sqrt(gain / architecture.Width(l - 1)));
        }
        Scale(network.Layout.Output.Of(theta.AsSpan()), Math.Sqrt(gain / architecture.Width(architecture.Depth)));
        return theta;
    }

    private static void Scale(Span<double> block, double factor)
    {
        foreach (ref var x in block)
        {
            x *= factor;
        }
    }
}
