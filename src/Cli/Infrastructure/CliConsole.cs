namespace BoundCheck.Cli.Infrastructure;

/// <summary>The two streams a command may write to: results on Out, progress and messages on Error.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
