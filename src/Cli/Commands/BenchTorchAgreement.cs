using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;
using BoundCheck.Validator.IO;
using BoundCheck.Validator.Networks;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// Checks that PyTorch and BoundCheck compute the same thing before they are timed: the peer writes its float64 gradient
/// and each formulation's HVP along the shared probe; each is compared with BoundCheck's as max |a - b| / max |b|.
/// </summary>
public static class BenchTorchAgreement
{
    /// <summary>Relative differences of the gradient and of every HVP formulation.</summary>
    public sealed record Result(double Gradient, IReadOnlyDictionary<string, double> Hvp);

    /// <summary>Runs the check in <paramref name="directory"/>.</summary>
    public static Result Check(TorchPeer peer, BenchTorch.Setup s, double[] probe, string directory)
    {
        peer.Send(new { op = "write", dir = directory });
        var gradient = new double[s.Network.ParameterCount];
        s.Evaluator.LossGradient(s.Theta, s.Data.Targets, LossKind.SquareMean, gradient);
        var hv = new double[gradient.Length];
        s.Evaluator.LossHessian(s.Theta, s.Data.Targets, LossKind.SquareMean).Apply(probe, hv);
        var hvp = BenchTorch.HvpForms.ToDictionary(form => form, form => Difference(Read(s.Network, directory, "hvp-" + form), hv));
        return new Result(Difference(Read(s.Network, directory, "grad"), gradient), hvp);
    }

    private static double[] Read(Network network, string directory, string name)
    {
        var path = Path.Combine(directory, name + ".safetensors");
        var file = SafetensorsReader.Read(path);
        var (theta, error) = file.IsSuccess ? ParameterTensors.FromFile(network, file.File!, path) : (null, file.Error);
        return theta ?? throw new InvalidOperationException($"PyTorch peer output {path}: {error}");
    }

    private static double Difference(double[] torch, double[] boundCheck)
    {
        double diff = 0, scale = 0;
        for (var i = 0; i < torch.Length; i++)
        {
            diff = Math.Max(diff, Math.Abs(torch[i] - boundCheck[i]));
            scale = Math.Max(scale, Math.Abs(boundCheck[i]));
        }
        return diff / scale;
    }
}
