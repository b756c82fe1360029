using System.Diagnostics;

namespace BoundCheck.Cli.Infrastructure;

/// <summary>Progress lines on stderr, each with the elapsed time.</summary>
public sealed class StderrProgress(TextWriter error) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Report(string value)
    {
        lock (_clock)
        {
            error.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {value}");
        }
    }
}
