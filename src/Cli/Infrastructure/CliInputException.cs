namespace BoundCheck.Cli.Infrastructure;

/// <summary>
/// Bad user input found while wiring a command (unknown theorem id, malformed --set, missing file).
/// Program turns it into exit code 2 and its message, never a stack trace.
/// </summary>
public sealed class CliInputException(string message) : Exception(message);
