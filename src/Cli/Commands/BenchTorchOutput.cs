using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Commands;

/// <summary>The text output of `bench --against torch`.</summary>
public static class BenchTorchOutput
{
    /// <summary>Float64 gradients and HVPs of the two sides must agree to this, max|a-b|/max|b| (summation order only).</summary>
    public const double SameComputation = 1e-10;

    /// <summary>Agreement, then one row per operation and precision: both medians, the speedup and both spreads.</summary>
    public static void Print(CliConsole console, IReadOnlyList<BenchTorch.Comparison> comparisons)
    {
        foreach (var c in comparisons)
        {
            console.Out.WriteLine($"against PyTorch {c.TorchVersion} at m = {c.M}: {c.Configuration}; cached graph where it helps " +
                "(cached-double-backward keeps the first-order graph at theta, as BoundCheck keeps its forward state)");
            var hvp = string.Join(", ", c.HvpRelativeDifference.Select(kv => $"{kv.Key} {kv.Value:E1}"));
            console.Out.WriteLine($"  same computation (float64, max|a-b|/max|b|): gradient {c.GradientRelativeDifference:E1}; hvp {hvp}; " +
                $"top eigenvalue {c.EigenvalueRelativeDifference:E1}");
            if (c.GradientRelativeDifference > SameComputation || c.HvpRelativeDifference.Values.Any(d => d > SameComputation))
            {
                console.Out.WriteLine($"  WARNING: the two sides differ by more than {SameComputation:E0}: the timings below may not compare the same computation");
            }
            console.Out.WriteLine("  speedup = PyTorch s / BoundCheck s (medians of interleaved rounds; spread = (max - min) / median); " +
                "BoundCheck runs float64 in both precisions' rows");
            console.Out.WriteLine($"  {"precision",-9} {"operation",-34} {"PyTorch formulation",-36} {"BoundCheck s",12} {"PyTorch s",10} {"speedup",8} {"spread",13} {"products",9}");
            foreach (var o in c.Operations)
            {
                var products = o.BoundCheckProducts > 0 ? $"{o.BoundCheckProducts}/{o.TorchProducts}" : "";
                console.Out.WriteLine($"  {o.Precision,-9} {o.Name,-34} {o.TorchFormulation,-36} {o.BoundCheckSeconds,12:F4} {o.TorchSeconds,10:F4} " +
                    $"{o.Speedup,7:F2}x {o.BoundCheckSpread,6:P0}/{o.TorchSpread,-6:P0} {products,9}");
            }
        }
    }
}
