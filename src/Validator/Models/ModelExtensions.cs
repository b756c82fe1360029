using BoundCheck.Validator.Data;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Validator.Models;

/// <summary>Conveniences every model has through its interfaces.</summary>
public static class ModelExtensions
{
    /// <summary>The model over the inputs of <paramref name="data"/>.</summary>
    public static IModelBatch Bind(this IModel model, Dataset data, BlasBackend? blas = null) =>
        model.Bind(data.Inputs, data.Count, blas);

    /// <summary>gbar = (1/n) sum_i grad f(theta; x_i) = J^T 1/n.</summary>
    public static void AverageGradient(this IModelBatch batch, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var weights = new double[batch.Count];
        Array.Fill(weights, 1.0 / batch.Count);
        batch.WeightedGradient(theta, weights, gradient);
    }

    /// <summary>K = J J^T as a new n x n array.</summary>
    public static double[] GramMatrix(this IModelBatch batch, ReadOnlySpan<double> theta)
    {
        var gram = new double[batch.Count * batch.Count];
        batch.Gram(theta, gram);
        return gram;
    }

    /// <summary>grad^2 f(theta; x_i) as an operator on R^p (the predictor Hessian with weights e_i).</summary>
    public static Curvature.ILinearOperator PredictorHessianAt(this IModelBatch batch, ReadOnlyMemory<double> theta, int sample)
    {
        var weights = new double[batch.Count];
        weights[sample] = 1;
        return batch.PredictorHessian(theta, weights);
    }

    /// <summary>Checks that theta has p entries; a mismatch throws with both numbers.</summary>
    public static void CheckParameters(this IModel model, ReadOnlySpan<double> theta)
    {
        if (theta.Length != model.ParameterCount)
        {
            throw new ArgumentException(
                $"theta has {theta.Length} entries but {model.Name} has p = {model.ParameterCount} parameters", nameof(theta));
        }
    }
}
