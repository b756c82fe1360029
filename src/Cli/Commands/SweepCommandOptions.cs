using System.CommandLine;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Commands;

/// <summary>The options of <c>sweep</c>: the grid and how to run it, plus the setting options of <c>check</c> (without --seed).</summary>
public sealed class SweepCommandOptions
{
    public CheckOptions Setting { get; } = new();
    public Option<string[]> Grid { get; } = new("--grid") { Description = "An axis NAME=v1,v2,... (repeatable), e.g. --grid m=64,128,256 --grid L=2,3" };
    public Option<int> Seeds { get; } = new("--seeds") { Description = "Seeds 1..S at every grid point", DefaultValueFactory = _ => 3 };
    public Option<int> Jobs { get; } = new("--jobs") { Description = "Points run concurrently; OpenBLAS then gets cores / jobs threads per point", DefaultValueFactory = _ => 1 };
    public Option<string?> Shard { get; } = new("--shard") { Description = "Run shard I of N (1-based), e.g. --shard $SLURM_ARRAY_TASK_ID/8" };
    public Option<int?> MaxPoints { get; } = new("--max-points") { Description = "Evaluate at most K missing points in this run, then stop (rerun to resume)" };
    public Option<bool> RetryFailed { get; } = new("--retry-failed") { Description = "Run points recorded as failed again" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Grid, Seeds, Setting.Set, Setting.Activation, Setting.Data, Setting.Steps, Setting.Init, Setting.Residual, Setting.Biases, Setting.Tolerance, Jobs, Shard, MaxPoints, RetryFailed, Setting.Out, Setting.Json })
        {
            command.Add(option);
        }
    }

    /// <summary>The grid; bad input names the argument.</summary>
    public SweepGrid ParseGrid(ParseResult parse)
    {
        var grid = SweepGrid.Parse(parse.GetValue(Grid) ?? [], parse.GetValue(Seeds));
        return grid.Value ?? throw new CliInputException(grid.Error!);
    }

    /// <summary>The shard (1/1 when not given).</summary>
    public ShardSpec ParseShard(ParseResult parse)
    {
        if (parse.GetValue(Shard) is not { } text)
        {
            return ShardSpec.All;
        }
        var shard = ShardSpec.Parse(text);
        return shard.Ok ? shard.Value : throw new CliInputException(shard.Error!);
    }

    /// <summary>The setting every point starts from (the seed is the point's).</summary>
    public SettingSpec BaseSpec(ParseResult parse)
    {
        var steps = parse.GetValue(Setting.Steps);
        if (steps < 1)
        {
            throw new CliInputException($"--steps {steps}: must be at least 1");
        }
        var jobs = parse.GetValue(Jobs);
        if (jobs < 1)
        {
            throw new CliInputException($"--jobs {jobs}: must be at least 1");
        }
        if (parse.GetValue(MaxPoints) is < 1 and var k)
        {
            throw new CliInputException($"--max-points {k}: must be at least 1");
        }
        return new SettingSpec(SetOptions.Parse(parse.GetValue(Setting.Set)), parse.GetValue(Setting.Activation)!,
            parse.GetValue(Setting.Data)!, 1, steps, parse.GetValue(Setting.Init), parse.GetValue(Setting.Residual), parse.GetValue(Setting.Biases));
    }

    /// <summary>What the results depend on besides the grid (the manifest's arguments; resuming with others is refused).</summary>
    public static IReadOnlyDictionary<string, string> ManifestArguments(Bounds.Theorems.Theorem theorem, SettingSpec spec, double tolerance) =>
        Validator.Verification.Scaling.SweepArguments.Of(theorem, spec, tolerance);
}
