using System.CommandLine;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Commands;

/// <summary>The setting options shared by check and sweep.</summary>
public sealed class CheckOptions
{
    public Option<string[]> Set { get; } = new("--set") { Description = "Bind a parameter, NAME=VALUE (repeatable), e.g. --set m=512", AllowMultipleArgumentsPerToken = false };
    public Option<string> Activation { get; } = new("--activation") { Description = "tanh, sigmoid, softplus, gelu, silu or identity", DefaultValueFactory = _ => "tanh" };
    public Option<string> Data { get; } = new("--data") { Description = "synthetic:n=..,d=..[,labels=teacher|random] | fashion-mnist:n=..[,classes=0,1] | csv:PATH", DefaultValueFactory = _ => CheckCommand.DefaultData };
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the initialisation and the data", DefaultValueFactory = _ => 1 };
    public Option<int> Steps { get; } = new("--steps") { Description = "GD steps for claims along the trajectory", DefaultValueFactory = _ => 100 };
    public Option<string?> Init { get; } = new("--init") { Description = "Override the theorem's initialisation: gaussian or positive" };
    public Option<string?> Out { get; } = new("--out") { Description = "Output directory (default reports/ID)" };
    public Option<double> Tolerance { get; } = new("--tolerance") { Description = "Relative accuracy of every Lanczos run (its residual is the error bar)", DefaultValueFactory = _ => Validator.Verification.Probing.NetworkProbeFactory.DefaultTolerance };
    public Option<bool> Json { get; } = new("--json") { Description = "Print results.json's content on stdout" };
    public Option<bool> Residual { get; } = new("--residual") { Description = "Architecture variant: skip connections on the equal-width hidden layers l >= 2" };
    public Option<bool> Biases { get; } = new("--biases") { Description = "Architecture variant: a bias vector per layer, initialised to 0" };

    /// <summary>The BLAS backend string recorded in provenance.</summary>
    public static string Backend => Blas.DescribeDefault();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Set, Activation, Data, Seed, Steps, Init, Residual, Biases, Tolerance, Out, Json })
        {
            command.Add(option);
        }
    }

    /// <summary>The probe factory with the requested Lanczos tolerance.</summary>
    public Validator.Verification.Probing.NetworkProbeFactory Factory(ParseResult parse)
    {
        var tolerance = parse.GetValue(Tolerance);
        if (!(tolerance > 0 && tolerance < 1))
        {
            throw new CliInputException($"--tolerance {tolerance}: must lie in (0, 1)");
        }
        return new Validator.Verification.Probing.NetworkProbeFactory(tolerance);
    }

    public SettingSpec Spec(ParseResult parse)
    {
        var steps = parse.GetValue(Steps);
        if (steps < 1)
        {
            throw new CliInputException($"--steps {steps}: must be at least 1");
        }
        return new SettingSpec(SetOptions.Parse(parse.GetValue(Set)), parse.GetValue(Activation)!, parse.GetValue(Data)!,
            parse.GetValue(Seed), steps, parse.GetValue(Init), parse.GetValue(Residual), parse.GetValue(Biases));
    }
}
