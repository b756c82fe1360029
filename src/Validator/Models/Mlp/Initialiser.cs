using BoundCheck.Validator.Networks;

namespace BoundCheck.Validator.Models.Mlp;

/// <summary>Draws theta for a network, an initialisation and a seed: same inputs, bit-identical theta.</summary>
public static class Initialiser
{
    /// <summary>A fresh theta. Draw order: W^(1), ..., W^(L) (column-major), then v; biases are 0.</summary>
    public static double[] Draw(Network network, Initialisation scheme, ulong seed)
    {
        if (scheme.Problem is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), problem);
        }
        var theta = new double[network.ParameterCount];
        var rng = new Xoshiro256StarStar(seed);
        var layout = network.Layout;
        var architecture = network.Architecture;
        switch (scheme)
        {
            case Initialisation.Gaussian g:
                DrawWeights(network, theta, rng, Math.Sqrt(g.Sigma0Squared));
                DrawOutput(layout.Output.Of(theta.AsSpan()), rng, g.Output);
                break;
            case Initialisation.Banerjee b:
                DrawWeights(network, theta, rng, b.Sigma0(architecture.MinWidth));
                DrawOutput(layout.Output.Of(theta.AsSpan()), rng, OutputInit.UnitSphere);
                break;
            case Initialisation.Positive p:
                for (var l = 2; l <= network.Depth; l++)
                {
                    var fanIn = architecture.Width(l - 1);
                    var block = layout.Weight(l).Of(theta.AsSpan());
                    for (var i = 0; i < block.Length; i++)
                    {
                        block[i] = rng.NextUniform(0.5, 1.5) / fanIn;
                    }
                }
                layout.Output.Of(theta.AsSpan()).Fill(p.Lambda);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scheme), $"unknown initialisation {scheme}");
        }
        return theta;
    }

    private static void DrawWeights(Network network, double[] theta, Xoshiro256StarStar rng, double sigma)
    {
        for (var l = 1; l <= network.Depth; l++)
        {
            rng.FillGaussian(network.Layout.Weight(l).Of(theta.AsSpan()), sigma);
        }
    }

    private static void DrawOutput(Span<double> v, Xoshiro256StarStar rng, OutputInit output)
    {
        rng.FillGaussian(v, 1.0);
        if (output == OutputInit.UnitSphere)
        {
            var norm = 0.0;
            foreach (var x in v)
            {
                norm += x * x;
            }
            norm = Math.Sqrt(norm);
            for (var i = 0; i < v.Length; i++)
            {
                v[i] /= norm;
            }
        }
    }
}
