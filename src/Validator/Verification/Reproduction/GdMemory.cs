using BoundCheck.Validator.Training;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// The memory a checked GD run of a fully connected network takes, estimated before it runs, and whether it fits
/// this machine: theta_0, theta, the gradient and a spare, plus the parameter vectors the path keeps (all of them
/// within <see cref="Trajectory.StorageBudgetBytes"/>, and always the first and the last), times a factor for the
/// garbage collector's headroom (measured: a 50-step run at L = 2, m = 4096 peaked at 2.2 GB against 1.1 GB counted).
/// </summary>
public static class GdMemory
{
    /// <summary>Peak memory over counted memory, from the measurement above.</summary>
    public const double Headroom = 2;

    /// <summary>The share of the memory available to the process a run may take (the machine is shared).</summary>
    public const double Share = 0.5;

    /// <summary>p = m d + (L - 1) m^2 + m (no biases, scalar output).</summary>
    public static double Parameters(int depth, double width, int inputs) => width * inputs + (depth - 1) * width * width + width;

    /// <summary>Estimated peak bytes of a checked GD run of <paramref name="steps"/> steps on p parameters.</summary>
    public static double Bytes(double parameters, int steps)
    {
        var vector = 8 * parameters;
        var every = Math.Max(1, Math.Ceiling((steps + 1) * vector / Trajectory.StorageBudgetBytes));
        var kept = Math.Min(steps + 1, Math.Ceiling((steps + 1) / every) + 1);
        return Headroom * vector * (4 + kept);
    }

    /// <summary>The bytes a run may take here: <see cref="Share"/> of what the runtime reports as available.</summary>
    public static double Budget => Share * GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>"3.2 GB".</summary>
    public static string Describe(double bytes) => bytes >= 1e9 ? $"{Cells.Number(bytes / 1e9)} GB" : $"{Cells.Number(bytes / 1e6)} MB";
}
