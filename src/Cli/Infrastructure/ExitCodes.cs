namespace BoundCheck.Cli.Infrastructure;

/// <summary>The exit codes of DESIGN.md.</summary>
public static class ExitCodes
{
    /// <summary>Ran, and nothing was violated.</summary>
    public const int Ok = 0;
    /// <summary>A claim was violated.</summary>
    public const int Violated = 1;
    /// <summary>Bad input: a one-line message says what and where.</summary>
    public const int BadInput = 2;
    /// <summary>A numerical failure (non-convergence, NaN) left a claim without a verdict.</summary>
    public const int NumericalFailure = 3;
}
