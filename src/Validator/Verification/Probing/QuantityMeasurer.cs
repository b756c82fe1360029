using System.Diagnostics;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Derivatives;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Statistics;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>Measures each vocabulary quantity (Bounds' Vocabulary) at a parameter vector of a probe's network.</summary>
internal sealed class QuantityMeasurer(NetworkProbe probe, double[] theta0, Initialisation init, double tolerance)
{
    /// <summary>Seeds drawn for the init-event rate.</summary>
    public const int EventSeeds = 20;

    private Network Network => probe.Network;
    private Dataset Data => probe.Data;
    private BatchEvaluator Evaluator => probe.Evaluator;

    public Measurement Measure(string quantity, double[] theta, ProbePoint point)
    {
        var clock = Stopwatch.StartNew();
        var m = quantity switch
        {
            "hessian_norm_predictor" => PredictorHessianNorm(theta),
            "hessian_norm_loss" => LossHessianNorm(theta),
            "grad_norm_predictor" => PredictorGradientNorm(theta),
            "ntk_lambda_min" => Exact(NetworkMeasures.NtkLambdaMin(Evaluator, theta), "smallest eigenvalue of the dense NTK Gram matrix J J^T"),
            "loss" => Exact(Evaluator.Loss(theta, Data.Targets, LossKind.SquareMean), "Lhat = (1/n) sum (f_i - y_i)^2"),
            "loss0" => Exact(Evaluator.Loss(theta0, Data.Targets, LossKind.SquareMean), "Lhat(theta_0)"),
            "grad_norm_loss" => Exact(GradientNorm(theta), "||grad Lhat|| by backprop"),
            "pl_ratio" => Exact(PlRatio(theta), "||grad Lhat||^2 / Lhat"),
            "avg_grad_norm_sq" => Exact(AverageGradientNormSq(theta), "||(1/n) sum_i grad f_i||^2 by one weighted backprop"),
            "distance_from_init" => Exact(Distance(theta), "||theta - theta_0||_2"),
            "output_distance" => Exact(OutputDistance(theta), "||v - v_0||_2"),
            "layer_distance_max" => LayerNorms(theta, theta0, "max_l ||W_l - W_l(0)||_2 (Lanczos on the Gram operator)"),
            "init_spectral_max" => InitSpectralMax(theta0),
            "output_norm_init" => Exact(Norm(Network.Layout.Output.Of(theta0.AsSpan())), "||v_0||_2"),
            "input_gram_lambda_min" => Exact(InputGram.SmallestEigenvalue(Data), "smallest eigenvalue of X X^T (dense)"),
            "input_norm_max" => Exact(InputNorms().Max(), "max_i ||x_i||_2"),
            "input_norm_min" => Exact(InputNorms().Min(), "min_i ||x_i||_2"),
            "input_min_pair_distance" => Exact(MinPairDistance(), "min_{i != j} ||x_i - x_j||_2"),
            "label_mean_square" => Exact(Data.Targets.Average(y => y * y), "(1/n) sum_i y_i^2"),
            "feature_rank" or "feature_sigma_min" => Features(theta, quantity),
            "step" => Exact(point.Step ?? 0, "GD step index"),
            "pl_alpha_estimate" => BallEstimate(pl: true),
            "smoothness_estimate" => BallEstimate(pl: false),
            "init_event_rate" => InitEventRate(),
            "step_cosine" or "rsc_modulus" or "contraction_ratio" =>
                new Measurement(double.NaN, 0, $"{quantity} is defined only along a GD trajectory", 0, "NotRecorded", 0),
            _ => throw new ProbeInputException($"the network probe does not measure '{quantity}'"),
        };
        return m with { Seconds = clock.Elapsed.TotalSeconds };
    }

    public double Distance(double[] theta) => VectorOps.Distance(theta, theta0);

    public double OutputDistance(double[] theta)
    {
        var block = Network.Layout.Output;
        return VectorOps.Distance(block.Of(theta.AsSpan()), block.Of(theta0.AsSpan()));
    }

    public double LayerDistanceMax(double[] theta) => LayerNorms(theta, theta0, "").Value;

    private static Measurement Exact(double value, string method, string? input = null) => new(value, 0, method, 0, "Exact", 0, input);

    // max_i ||grad^2_theta f(theta; x_i)||_2: one Lanczos per input, all inputs batched, on the exact range restriction.
    private Measurement PredictorHessianNorm(double[] theta)
    {
        var max = CertifiedNorms.PredictorHessian(Evaluator, theta, tolerance);
        return CertifiedMeasurement.From(max, "max over inputs of ||grad^2 f|| on exact predictor HVPs (R-operator, restricted to the subspace holding "
            + "each Hessian's range), dense or Lanczos (full reorthogonalisation); error = largest residual or backward error", $"x{max.Index}");
    }

    private Measurement LossHessianNorm(double[] theta) =>
        CertifiedMeasurement.From(CertifiedNorms.LossHessian(Evaluator, theta, Data.Targets, LossKind.SquareMean, tolerance),
            "||grad^2 Lhat|| on exact loss HVPs (R-operator, restricted to the subspace holding the Hessian's range), dense or Lanczos");

    // max_i ||grad f_i|| = max_i sqrt(K_ii) from one Gram matrix K = J J^T.
    private Measurement PredictorGradientNorm(double[] theta)
    {
        var gram = Tangents.NtkGram(Evaluator, theta);
        var n = Data.Count;
        var best = Enumerable.Range(0, n).MaxBy(i => gram[i * n + i]);
        return Exact(Math.Sqrt(gram[best * n + best]), "max_i sqrt(K_ii), K = J J^T", $"x{best}");
    }

    private double GradientNorm(double[] theta) => LossAndGradientNorm(theta).GradientNorm;

    // ||grad Lhat||^2 / Lhat from one forward-backward pass (the gradient pass returns the loss too).
    private double PlRatio(double[] theta)
    {
        var (loss, gradientNorm) = LossAndGradientNorm(theta);
        return gradientNorm * gradientNorm / loss;
    }

    private (double Loss, double GradientNorm) LossAndGradientNorm(double[] theta)
    {
        var g = new double[theta.Length];
        var loss = Evaluator.LossGradient(theta, Data.Targets, LossKind.SquareMean, g);
        return (loss, Norm(g));
    }

    private double AverageGradientNormSq(double[] theta)
    {
        var g = new double[theta.Length];
        Evaluator.AverageGradient(theta, g);
        return VectorOps.Dot(g, g);
    }

    private Measurement LayerNorms(double[] theta, double[]? reference, string method)
    {
        // theta = theta_0 (every trajectory's first point) has no distance to measure: a zero matrix has norm 0 exactly.
        if (reference is not null && theta.AsSpan().SequenceEqual(reference))
        {
            return Exact(0, method);
        }
        return CertifiedMeasurement.From(CertifiedNorms.LayerNorms(Network, theta, reference, tolerance), method);
    }

    private Measurement InitSpectralMax(double[] theta)
    {
        var m = LayerNorms(theta, null, "max_l ||W_l(0)||_2 / sqrt(m) (Lanczos on the Gram operator)");
        var scale = Math.Sqrt(Network.Architecture.MinWidth);
        return m with { Value = m.Value / scale, Error = m.Error / scale, Certificate = m.Certificate?.Scaled(1 / scale) };
    }

    // E0 = { max_l ||W_l(0)||_2 / sqrt(m) <= sigma1 } over seeds 1..EventSeeds, with a Clopper-Pearson interval.
    private Measurement InitEventRate()
    {
        if (!probe.Bindings.TryGetValue("sigma1", out var sigma1))
        {
            throw new ProbeInputException("init_event_rate needs the parameter sigma1 (E0 is max_l ||W_l(0)||_2 / sqrt(m) <= sigma1)");
        }
        var hits = 0;
        for (var seed = 1; seed <= EventSeeds; seed++)
        {
            var theta = Initialiser.Draw(Network, init, (ulong)seed);
            hits += CertifiedMeasurement.Upper(InitSpectralMax(theta)) <= sigma1 ? 1 : 0;
        }
        var ci = Proportion.ClopperPearson(hits, EventSeeds);
        return new Measurement(ci.Rate, 0, $"E0 held on {hits} of {EventSeeds} seeds (counted only where the certified upper end of "
            + "max_l ||W_l(0)||_2 / sqrt(m) is <= sigma1); Clopper-Pearson 95% interval", 0, "Exact", 0,
            Low: ci.Low, High: ci.High);
    }

    private Measurement Features(double[] theta, string quantity)
    {
        var architecture = Network.Architecture;
        var layer = Enumerable.Range(1, architecture.Depth).MaxBy(architecture.Width);
        var summary = NetworkMeasures.FeatureSpectrum(Evaluator, theta, layer);
        var method = $"singular values of the {Data.Count} x {architecture.Width(layer)} feature matrix of layer {layer} (dense SVD; rank tolerance {summary.Tolerance:G3})";
        return quantity == "feature_rank" ? Exact(summary.Rank, method) : Exact(summary.SigmaMin, method);
    }

    private Measurement BallEstimate(bool pl)
    {
        var radius = probe.Bindings.TryGetValue("r", out var r) ? r : probe.Bindings.TryGetValue("R", out var big) ? big : 1.0;
        var objective = SearchObjectives.For(pl ? "pl_ratio" : "hessian_norm_loss", Evaluator, Data.Targets)!;
        return pl
            ? BallEstimates.Estimate(theta0, radius, infimum: true, objective, t => Exact(PlRatio(t), "||grad Lhat||^2 / Lhat"),
                ((ball, starts) => LossDescentProbes.Lowest(Evaluator, Data.Targets, ball, starts, (loss, g2) => g2 / loss).Select(p => p.Theta),
                    $"the lowest PL ratio of a {LossDescentProbes.Steps}-step GD (Armijo, projected) from each random point"))
            : BallEstimates.Estimate(theta0, radius, infimum: false, objective, LossHessianNorm);
    }

    private double[] InputNorms() => [.. Enumerable.Range(0, Data.Count).Select(i => Norm(Data.Input(i)))];

    private double MinPairDistance()
    {
        var best = double.PositiveInfinity;
        for (var i = 0; i < Data.Count; i++)
        {
            for (var j = i + 1; j < Data.Count; j++)
            {
                best = Math.Min(best, VectorOps.Distance(Data.Input(i), Data.Input(j)));
            }
        }
        return best;
    }

    private static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(VectorOps.Dot(x, x));
}
