using System.Collections.Concurrent;
using BoundCheck.Validator.Sweeps;

namespace BoundCheck.Validator.Tests.Sweeps;

/// <summary>Grids, manifests and a deterministic counting evaluator shared by the sweep tests.</summary>
internal static class SweepFixtures
{
    public static SweepGrid Grid(int seeds = 3, params string[] axes)
    {
        var parsed = SweepGrid.Parse(axes.Length > 0 ? axes : ["m=64,128,256", "L=2,3"], seeds);
        Assert.That(parsed.Error, Is.Null);
        return parsed.Value!;
    }

    public static SweepManifest Manifest(SweepGrid grid, ShardSpec? shard = null) =>
        SweepManifest.Create(grid, shard ?? ShardSpec.All, new Dictionary<string, string> { ["--theorem"] = "t.hessian" });

    public static SweepStore Open(string directory, SweepManifest manifest, bool retryFailed = false)
    {
        var opened = SweepStore.Open(directory, manifest, retryFailed);
        Assert.That(opened.Error, Is.Null);
        return opened.Value!;
    }

    /// <summary>q = L m^-1/2 (1 + seed/100): known per point, so stored values can be checked exactly.</summary>
    public static double Expected(SweepPoint p) => p["L"] / Math.Sqrt(p["m"]) * (1 + p.Seed / 100.0);
}

/// <summary>Evaluator that records which keys it evaluated (thread-safe).</summary>
internal sealed class CountingEvaluator(Func<SweepPoint, double>? metric = null) : ISweepEvaluator
{
    public ConcurrentBag<string> Calls { get; } = [];

    public IReadOnlyDictionary<string, double> Evaluate(SweepPoint point, CancellationToken cancellationToken)
    {
        Calls.Add(point.Key);
        return new Dictionary<string, double> { ["q"] = (metric ?? SweepFixtures.Expected)(point), ["nan"] = double.NaN };
    }
}
