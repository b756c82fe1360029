using BoundCheck.Validator.Tests.Verification.Scaling;
using BoundCheck.Validator.Verification;
using BoundCheck.Validator.Verification.Reproduction;

namespace BoundCheck.Validator.Tests.Verification.Reproduction;

/// <summary>
/// An analysis experiment inside a reproduction: its tables and plots join its theorem's section, the checks it judges
/// join their own theorems' sections and the claims, and a rerun reuses the kept result.
/// </summary>
[NonParallelizable]
public sealed class ReproducerAnalysisTests
{
    private static Experiment Regime() => new("banerjee2023.gd", "regime", "a tiny RSC regime",
        new SettingSpec(new Dictionary<string, double> { ["L"] = 1 }, "sigmoid", "synthetic:n=8,d=4", 1, 4), [],
        Analysis: "rsc-regime", Arguments: new Dictionary<string, string> { ["widths"] = "64,256", ["kappa"] = "0.5,0.9", ["judge"] = "banerjee2023.rsc,banerjee2023.gd" });

    [Test]
    public void JudgedChecksJoinTheirTheoremsSectionsAndARerunReusesTheAnalysis()
    {
        var directory = Path.Combine(Path.GetTempPath(), "boundcheck-analysis-" + Guid.NewGuid().ToString("N"));
        try
        {
            var reports = new List<string>();
            var progress = new SynchronousProgress(reports.Add);
            var result = new Reproducer(ShippedTheorems.All, directory, 1e-6, progress).Run([Regime()], 1, CancellationToken.None);
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.Sections.Select(s => s.Theorem), Is.EqualTo(new[] { "banerjee2023.gd", "banerjee2023.rsc" }));
            var gd = result.Sections[0];
            var rsc = result.Sections[1];
            Assert.That(rsc.Claims.Select(c => c.Setting), Has.All.Contain("m256"), "judged at the largest width");
            Assert.That(rsc.Claims, Has.Count.EqualTo(1), "alpha_t <= 0 at m = 256 at both kappas: the largest alone is judged");
            Assert.That(gd.Claims.Single().Verdict, Is.EqualTo(Verdict.NotApplicable));
            Assert.That(result.Claims, Has.Count.EqualTo(2));
            Assert.That(gd.Tables.Select(t => t.Caption), Has.Some.StartsWith("RSC along GD per width").And.Some.StartsWith("Where alpha_t > 0 starts"));
            Assert.That(gd.Plots.Select(p => p.Id), Has.Some.EqualTo("banerjee2023.gd.regime.frontier").And.Some.EqualTo("banerjee2023.gd.regime.step-cosine"));
            Assert.That(gd.Notes, Has.Some.StartsWith("Run `regime`: a tiny RSC regime").And.Some.StartsWith("RSC regime (L = 1, sigmoid"));
            // sigmoid at L = 1: ||gbar_0||^2 ~ 1/4 and c2 ~ 17.7, so alpha_0 > 0 needs m > (c2 / (2 kappa^2 / 4))^2 ~ 1.9e3 at kappa = 0.9.
            Assert.That(gd.Notes, Has.Some.StartsWith("kappa = 0.9 (L = 1, sigmoid").And.Contains("extrapolated frontier m ~"));
            var frontier = gd.Tables.Single(t => t.Caption.StartsWith("Where alpha_t > 0 starts", StringComparison.Ordinal));
            var crossing = double.Parse(frontier.Rows.Single(r => r[0] == "0.9")[6], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(crossing, Is.InRange(1000, 4000));

            reports.Clear();
            var again = new Reproducer(ShippedTheorems.All, directory, 1e-6, progress).Run([Regime()], 1, CancellationToken.None);
            Assert.That(reports, Has.Some.Contains("regime: reused the finished analysis"));
            Assert.That(again.Claims.Select(c => (c.Theorem, c.Verdict, c.Measured)), Is.EqualTo(result.Claims.Select(c => (c.Theorem, c.Verdict, c.Measured))));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
