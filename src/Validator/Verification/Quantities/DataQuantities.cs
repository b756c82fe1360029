using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>lambda_min(X X^T).</summary>
internal sealed class InputGramLambdaMin : Measurer
{
    public override string Name => "input_gram_lambda_min";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(InputGram.SmallestEigenvalue(context.Data), "smallest eigenvalue of X X^T (dense)");
}

/// <summary>max_i ||x_i||_2.</summary>
internal sealed class InputNormMax : Measurer
{
    public override string Name => "input_norm_max";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(InputNorms(context.Data).Max(), "max_i ||x_i||_2");

    internal static double[] InputNorms(Dataset data) => [.. Enumerable.Range(0, data.Count).Select(i => MeasureContext.Norm(data.Input(i)))];
}

/// <summary>min_i ||x_i||_2.</summary>
internal sealed class InputNormMin : Measurer
{
    public override string Name => "input_norm_min";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(InputNormMax.InputNorms(context.Data).Min(), "min_i ||x_i||_2");
}

/// <summary>min_{i != j} ||x_i - x_j||_2.</summary>
internal sealed class InputMinPairDistance : Measurer
{
    public override string Name => "input_min_pair_distance";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point)
    {
        var data = context.Data;
        var best = double.PositiveInfinity;
        for (var i = 0; i < data.Count; i++)
        {
            for (var j = i + 1; j < data.Count; j++)
            {
                best = Math.Min(best, VectorOps.Distance(data.Input(i), data.Input(j)));
            }
        }
        return Exact(best, "min_{i != j} ||x_i - x_j||_2");
    }
}

/// <summary>(1/n) sum_i y_i^2.</summary>
internal sealed class LabelMeanSquare : Measurer
{
    public override string Name => "label_mean_square";

    public override Measurement Measure(MeasureContext context, double[] theta, ProbePoint point) =>
        Exact(context.Data.Targets.Average(y => y * y), "(1/n) sum_i y_i^2");
}
