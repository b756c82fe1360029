using BoundCheck.Validator.Verification;

namespace BoundCheck.Report.Tests.Fixtures;

/// <summary>A fixed synthetic run touching every part of the report: all verdicts, a witness, NaN, a fit, a band plot, hostile prose.</summary>
internal static class SampleRun
{
    public static readonly DateTimeOffset Started = new(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(1));

    public static VerificationRun Create(string title = "BoundCheck verification: banerjee2023", int seed = 1, string setting = "mlp-L3-m256-tanh-seed1")
    {
        var lipschitz = new HypothesisResult("activation.lipschitz <= 1", @"\mathrm{Lip}(\phi) \le 1", "reconstructed", HypothesisKind.Declared, true, "tanh: 1 <= 1");
        var width = new HypothesisResult("m >= 64 * L^2", @"m \ge 64 L^2", "derived", HypothesisKind.Symbolic, false, "m = 256 < 64 * 3^2 = 576");
        var norm = new HypothesisResult("max_l ||W_l||/sqrt(m) <= sigma1", @"\max_l \|W_l\|_2/\sqrt{m} \le \sigma_1", "reconstructed", HypothesisKind.Measured, null, "Lanczos did not converge | 40 products");
        var lanczos = new MeasurementInfo("Lanczos on exact HVPs (R-operator), full reorthogonalisation", 37, 2.5e-7, "Converged", "openblas", 1.234);
        var stalled = new MeasurementInfo("Lanczos on exact HVPs", 200, double.NaN, "MaxIterations", "managed", 12.5);
        const string Theorem = "banerjee2023.hessian";
        var bound = @"\frac{c_H}{\sqrt{m}}";
        ClaimResult Claim(string claim, Verdict verdict, double? measured, double? boundValue, double? tightness, IReadOnlyList<HypothesisResult> hyps,
            MeasurementInfo? method = null, Witness? witness = null, string? reason = null, double? implied = null) =>
            new(Theorem, claim, setting, verdict, "hessian_norm_predictor", "<=", measured, boundValue, tightness, implied,
                "c_H / sqrt(m)", bound, "reconstructed", "at initialisation", hyps, method, witness, reason);
        IReadOnlyList<ClaimResult> claims =
        [
            Claim("hessian-at-init", Verdict.Holds, 0.04213, 0.3125, 0.04213 / 0.3125, [lipschitz], lanczos),
            Claim("hessian-in-ball", Verdict.Violated, 0.5, 0.3125, 1.6, [lipschitz], lanczos,
                new Witness(setting, "theta_0 + 0.5 * v_1", "x_17", 0.5), "measured 0.5 > bound 0.3125 beyond error 2.5e-7"),
            Claim("hessian-wide", Verdict.NotApplicable, null, null, null, [lipschitz, width], reason: "hypothesis m >= 64 L^2 fails"),
            Claim("probability", Verdict.Vacuous, 0.01, -0.5, null, [], reason: "probability bound 1 - 2(L+1)/m <= 0"),
            Claim("hessian-trajectory", Verdict.Inconclusive, double.NaN, 0.3125, double.NaN, [norm], stalled, reason: "Lanczos stopped at MaxIterations | residual NaN"),
            Claim("hessian-O-form", Verdict.NeedsSweep, 0.04213, null, null, [], lanczos, implied: 0.6741),
            Claim("rate", Verdict.ConsistentByConstruction, 0.05, 0.06, 0.05 / 0.06, [], reason: "consistent by construction: pl_alpha_estimate was estimated over the same GD iterates") with
            {
                Excluded = "left out of tightness and witness: gd step 0, where the claim is an identity (the bound equals the measured value by construction)",
                Estimates = ["pl_alpha_estimate = 0.05 is an estimate of alpha from the points searched: an over-estimate (the true infimum can only be lower)"],
            },
            Claim("full-rank", Verdict.Holds, 32, 32, null, []) with { Margin = "the margin is feature_sigma_ratio = 0.0123 at init against feature_rank_tolerance = 8.9E-15" },
            Claim("hessian-O-form", Verdict.Inconsistent, 0.03, 0.05, null, [], implied: 0.6, reason: "C grows with m in some group") with
            {
                Setting = "sweep m=64,128,256;L=2,3;seeds=3",
                ScalingFits =
                [
                    new FitResult(Theorem, "hessian-O-form: implied constant (L=2)", "m", "power", 0.08, -0.01, 0.17, 0, null, ScalingVerdict.Inconclusive, 9, "fit", "t over 3 seeds (one slope per seed, df 2)"),
                    new FitResult(Theorem, "hessian-O-form: implied constant (L=3)", "m", "power", 0.2, 0.15, 0.25, 0, null, ScalingVerdict.Inconsistent, 9, "fit", "t over 3 seeds (one slope per seed, df 2)"),
                    new FitResult(Theorem, "hessian-O-form: hessian_norm_predictor (L=2)", "m", "power", -0.42, -0.51, -0.33, -0.5, -0.5, ScalingVerdict.Consistent, 9, "fit", "t over 3 seeds (one slope per seed, df 2)"),
                ],
                ScalingNotes = ["hessian-O-form (L=3): the bound's factor besides its m^(-0.5) is 4.893 at the largest width m = 256, 1.223 times its limit 4"],
            },
        ];
        var fit = new FitResult(Theorem, "hessian_norm_predictor", "m", "power", -0.4871, -0.5312, -0.443, -0.5, -0.5, ScalingVerdict.Consistent, 6, "log-log least squares, t 95%", "t over 3 seeds (one slope per seed, df 2)");
        var plot = new Plot("banerjee2023.hessian-vs-m", "Hessian norm vs width", "width m", "||H||", true, true,
        [
            new Series("measured (median of 5 seeds)", [64, 128, 256, 512, 1024, 2048], [0.12, 0.085, double.NaN, 0.042, 0.0301, 0.0212],
                [0.1, 0.07, double.NaN, 0.036, 0.026, 0.018], [0.14, 0.1, double.NaN, 0.049, 0.035, 0.025], SeriesStyle.Band),
            new Series("bound c_H/sqrt(m)", [64, 128, 256, 512, 1024, 2048], [0.625, 0.4419, 0.3125, 0.221, 0.1563, 0.1105], null, null, SeriesStyle.Dashed),
            new Series("per-seed", [64, 256, 1024, double.PositiveInfinity], [0.13, 0.05, 0.03, 0.02], null, null, SeriesStyle.Markers),
        ]);
        var table = new Table("Per-seed values", ["seed", "||H|| | spectral", "note"],
        [
            ["1", "0.04213", "first | pipe"],
            ["2", "NaN", "line one\nline two"],
        ]);
        var section = new TheoremSection(
            Theorem,
            "Theorem 4.1: the Hessian of the predictor is O(poly(L)/sqrt(m))",
            "Banerjee et al., ICLR 2023, arXiv:2209.15106v1, Theorem 4.1",
            "||nabla^2_theta f(theta; x)||_2 <= c_H / sqrt(m)",
            @"\left\|\nabla^2_\theta f(\theta;x)\right\|_2 \le \frac{c_H}{\sqrt{m}}, \quad \lambda_{\min}(K) > 0",
            "The bound holds with probability $1 - 2(L+1)/m$ over the draw of $\\theta_0 \\in \\mathbb{R}^p$.\n\n"
                + "<script>alert('x')</script> A column like a | b must not split anything, and neither must <b>tags</b>.",
            ["Width m = 256 is below the threshold of hessian-wide.", "Lanczos stalled | see method table <img src=x onerror=alert(1)>"],
            claims,
            [fit],
            [table],
            [plot],
            "Only the abstract could be checked against the paper's text; the theorem statements are recalled.");
        var provenance = new RunProvenance("0.1.0", "06f7ca7", "Debian 12 (x64)", "2 cores", "openblas", 2, [seed], Started, 42.5,
            "boundcheck check banerjee2023.hessian --set m=256 | tee log");
        return new VerificationRun(title, claims, [section], provenance);
    }
}
