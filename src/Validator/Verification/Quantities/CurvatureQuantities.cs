using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>max_i ||grad^2_theta f(theta; x_i)||_2: one Lanczos per input, all inputs batched where the model allows.</summary>
internal sealed class HessianNormPredictor : Measurer
{
    public override string Name => "hessian_norm_predictor";

    public override string Alias => "hessian-predictor";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var max = CertifiedNorms.PredictorHessian(context.Batch, theta, context.Tolerance);
        var operatorText = context.Batch.BatchedHessians is null
            ? "on the full operator of each input"
            : "restricted to the subspace holding each Hessian's range";
        return CertifiedMeasurement.From(max,
            $"max over inputs of ||grad^2 f|| on exact predictor HVPs (R-operator, {operatorText}), dense or Lanczos (full reorthogonalisation); "
            + "error = largest residual or backward error", max.Index);
    }
}

/// <summary>||grad^2 Lhat(theta)||_2.</summary>
internal sealed class HessianNormLoss : Measurer
{
    public override string Name => "hessian_norm_loss";

    public override string Alias => "hessian-loss";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) => context.LossHessianNorm(theta);
}

/// <summary>max_i ||grad f_i|| = max_i sqrt(K_ii) from one Gram matrix K = J J^T.</summary>
internal sealed class GradNormPredictor : Measurer
{
    public override string Name => "grad_norm_predictor";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var gram = context.Batch.GramMatrix(theta);
        var n = context.Data.Count;
        var best = Enumerable.Range(0, n).MaxBy(i => gram[i * n + i]);
        return Exact(Math.Sqrt(gram[best * n + best]), "max_i sqrt(K_ii), K = J J^T", best);
    }
}

/// <summary>lambda_min(J J^T), dense.</summary>
internal sealed class NtkLambdaMin : Measurer
{
    public override string Name => "ntk_lambda_min";

    public override string Alias => "ntk-lambda-min";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(NetworkMeasures.NtkLambdaMin(context.Batch, theta), "smallest eigenvalue of the dense NTK Gram matrix J J^T");
}
