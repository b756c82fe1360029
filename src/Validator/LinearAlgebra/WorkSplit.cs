namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>Runs a body over [0, count) cut into at most <c>parts</c> contiguous, near-equal ranges, in parallel when parts &gt; 1.</summary>
internal static class WorkSplit
{
    /// <summary>body(lo, hi) for each range; range boundaries depend only on count and parts.</summary>
    public static void Run(int parts, int count, Action<int, int> body)
    {
        parts = Math.Min(parts, count);
        if (parts <= 1)
        {
            if (count > 0)
            {
                body(0, count);
            }
            return;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = parts };
        Parallel.For(0, parts, options, t => body(Start(t, parts, count), Start(t + 1, parts, count)));
    }

    private static int Start(int part, int parts, int count) => (int)((long)part * count / parts);
}
