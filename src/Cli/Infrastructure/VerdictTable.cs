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
            if (c.Verdict is not (Verdict.Holds or Verdict.NeedsSweep or Verdict.Consistent) && c.Reason is not null)
            {
                output.WriteLine($"    {c.Reason}");
            }
        }
    }

    /// <summary>
    /// 1 when a claim was violated (or an O-form is inconsistent), else 3 when a numerical failure (non-convergence,
    /// NaN or Infinity, no measured value) left a claim inconclusive, else 0 (DESIGN.md exit codes). An inconclusive
    /// verdict for any other reason (an error bar or bracket straddling the bound, too few seeds) is a result, not a failure.
    /// </summary>
    public static int ExitCode(IReadOnlyList<ClaimResult> claims) =>
        claims.Any(c => VerdictClass.Fails(c.Verdict)) ? ExitCodes.Violated
        : claims.Any(NumericalFailure) ? ExitCodes.NumericalFailure
        : ExitCodes.Ok;

    /// <summary>An inconclusive claim whose measurement failed: no finite value, or an iteration that did not converge.</summary>
    public static bool NumericalFailure(ClaimResult claim) =>
        claim.Verdict == Verdict.Inconclusive
        && (claim.Measured is not { } value || !double.IsFinite(value) || claim.Method?.ExitReason is "MaxIterations" or "NonFinite");

    public static string Name(Verdict verdict) => Report.Markdown.Legend.Name(verdict);

    private static string Num(double? x) => x is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : "—";

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
