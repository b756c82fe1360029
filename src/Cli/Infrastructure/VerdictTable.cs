using System.Globalization;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Infrastructure;

/// <summary>The plain verdict table printed on stdout, and the exit code the verdicts imply.</summary>
public static class VerdictTable
{
    public static void Write(TextWriter output, IReadOnlyList<ClaimResult> claims)
    {
        output.WriteLine($"{"claim",-44} {"verdict",-15} {"measured",12} {"bound",12} {"ratio",9}  certificate");
        foreach (var c in claims)
        {
            var ratio = c.Tightness ?? c.ImpliedConstant;
            output.WriteLine($"{Truncate(c.Theorem + "." + c.Claim, 44),-44} {Name(c.Verdict),-15} {Num(c.Measured),12} {Num(c.Bound),12} {Num(ratio),9}  {c.Certificate?.Label}".TrimEnd());
            if (c.Verdict is Verdict.Violated or Verdict.NotApplicable or Verdict.Inconclusive or Verdict.Vacuous && c.Reason is not null)
            {
                output.WriteLine($"    {c.Reason}");
            }
        }
    }

    /// <summary>1 when a claim was violated, else 3 when one is inconclusive, else 0 (DESIGN.md exit codes).</summary>
    public static int ExitCode(IReadOnlyList<ClaimResult> claims) =>
        claims.Any(c => c.Verdict == Verdict.Violated) ? ExitCodes.Violated
        : claims.Any(c => c.Verdict == Verdict.Inconclusive) ? ExitCodes.NumericalFailure
        : ExitCodes.Ok;

    public static string Name(Verdict verdict) => Report.Markdown.Legend.Name(verdict);

    private static string Num(double? x) => x is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : "—";

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
