using System.Globalization;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Report;
using BoundCheck.Report.Json;
using BoundCheck.Validator.Sweeps;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Scaling;

namespace BoundCheck.Cli.Commands;

/// <summary>Writes a sweep's report (sweep and report share it) and chooses the exit code.</summary>
internal static class SweepOutput
{
    /// <summary>Analyses the records, writes report.md/html, results.json and plots to <paramref name="directory"/>, prints the summary.</summary>
    public static int Write(CliConsole console, Theorem theorem, SweepGrid grid, IReadOnlyList<PointResult> records, int missing,
        IEnumerable<string> notes, RunProvenance provenance, string directory, bool json)
    {
        var run = SweepReport.Run(theorem, grid, records, missing, notes, provenance);
        ReportRenderer.WriteAll(run, directory);
        if (json)
        {
            console.Out.WriteLine(ResultsJson.Serialize(run));
        }
        else
        {
            VerdictTable.Write(console.Out, run.Claims);
            foreach (var fit in run.Sections.SelectMany(s => s.Fits))
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fit {fit.Quantity} ~ {fit.Variable} ({fit.Model}): slope {fit.Slope:G4}, 95% [{fit.Low:G4}, {fit.High:G4}], claimed {Num(fit.Claimed)}, bound {Num(fit.BoundExponent)}: {Name(fit.Verdict)}"));
            }
            console.Out.WriteLine($"report: {Path.Combine(directory, ReportRenderer.MarkdownFile)} (and report.html, results.json)");
        }
        var failed = records.Count(r => r.Status == PointStatus.Failed);
        return run.Claims.Any(c => VerdictClass.Fails(c.Verdict)) ? ExitCodes.Violated
            : failed > 0 || run.Claims.Any(c => c.Verdict == Verdict.Inconclusive) ? ExitCodes.NumericalFailure
            : ExitCodes.Ok;
    }

    private static string Num(double? x) => x is { } v ? v.ToString("G3", CultureInfo.InvariantCulture) : "—";

    private static string Name(ScalingVerdict verdict) => System.Text.Json.JsonSerializer.Serialize(verdict).Trim('"');
}
