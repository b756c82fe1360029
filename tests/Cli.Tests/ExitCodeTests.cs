using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Verification;

namespace BoundCheck.Cli.Tests;

/// <summary>Exit 3 is for numerical failures only: an inconclusive verdict that is a result (a straddling bracket) exits 0.</summary>
public sealed class ExitCodeTests
{
    private static ClaimResult Claim(Verdict verdict, double? measured, string exit) =>
        new("t.thm", "c", "s", verdict, "q", "<=", measured, 1.0, null, null, "1", "1", "derived", "along gd", [],
            new MeasurementInfo("m", 0, 0, exit, "managed", 0), null, "the bracket [0, 1.2] contains the bound 1");

    [TestCase(1.2, "Exact", ExitCodes.Ok)]
    [TestCase(1.2, "Converged", ExitCodes.Ok)]
    [TestCase(1.2, "MaxIterations", ExitCodes.NumericalFailure)]
    [TestCase(double.NaN, "NonFinite", ExitCodes.NumericalFailure)]
    [TestCase(double.PositiveInfinity, "Exact", ExitCodes.NumericalFailure)]
    public void InconclusiveExitsThreeOnlyForANumericalFailure(double measured, string exit, int expected) =>
        Assert.That(VerdictTable.ExitCode([Claim(Verdict.Inconclusive, measured, exit)]), Is.EqualTo(expected));

    [Test]
    public void AViolationDecidesTheExitCode() =>
        Assert.That(VerdictTable.ExitCode([Claim(Verdict.Inconclusive, double.NaN, "NonFinite"), Claim(Verdict.Violated, 2, "Exact")]),
            Is.EqualTo(ExitCodes.Violated));
}
