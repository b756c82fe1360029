using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Data;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Networks;
using BoundCheck.Validator.Training;
using BoundCheck.Validator.Verification.Probing;

namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>
/// What the measurers of one setting share: the model bound to its data, theta_0 and its initialisation, the Lanczos
/// tolerance, the theorem's parameter values, and the setting's GD path (run on first use), plus the computations
/// several quantities need.
/// </summary>
public sealed class MeasureContext
{
    private readonly Func<Trajectory>? _settingPath;

    internal MeasureContext(IModelBatch batch, Dataset data, double[] theta0, Initialisation init, double tolerance,
        IReadOnlyDictionary<string, double> bindings, Func<Trajectory>? settingPath)
    {
        Batch = batch;
        Data = data;
        Theta0 = theta0;
        Init = init;
        Tolerance = tolerance;
        Bindings = bindings;
        _settingPath = settingPath;
    }

    /// <summary>
    /// A context for measuring at one parameter vector with no theorem (the <c>measure</c> command): theta_0 =
    /// <paramref name="theta"/>, no parameters, no trajectory.
    /// </summary>
    public static MeasureContext AtPoint(IModel model, double[] theta, Dataset data, Initialisation init, double tolerance) =>
        new(model.Bind(data), data, theta, init, tolerance, new Dictionary<string, double>(), null);

    /// <summary>The model.</summary>
    public IModel Model => Batch.Model;

    /// <summary>The model over the data's inputs.</summary>
    public IModelBatch Batch { get; }

    /// <summary>The data.</summary>
    public Dataset Data { get; }

    /// <summary>theta_0.</summary>
    public double[] Theta0 { get; }

    /// <summary>The initialisation theta_0 was drawn from (redrawn for rates over seeds).</summary>
    public Initialisation Init { get; }

    /// <summary>Relative accuracy of every Lanczos run.</summary>
    public double Tolerance { get; }

    /// <summary>The theorem's parameter values (sigma1, r, R, ...).</summary>
    public IReadOnlyDictionary<string, double> Bindings { get; }

    /// <summary>The model's layer blocks; callers check <see cref="Measurer.Needs"/> first.</summary>
    public ILayerBlocks Layers => Model.Layers ?? throw new InvalidOperationException(ModelCapabilities.Missing(Batch, ModelCapability.LayerBlocks));

    /// <summary>The GD path of the setting's step size and step count (the path every trajectory claim sees).</summary>
    internal Trajectory SettingPath() =>
        _settingPath?.Invoke() ?? throw new InputException("this measurement needs the setting's GD trajectory, which only check and sweep run");

    /// <summary>||theta - theta_0||_2.</summary>
    public double Distance(double[] theta) => VectorOps.Distance(theta, Theta0);

    /// <summary>||v - v_0||_2.</summary>
    public double OutputDistance(double[] theta)
    {
        var block = Layers.Output;
        return VectorOps.Distance(block.Of(theta.AsSpan()), block.Of(Theta0.AsSpan()));
    }

    /// <summary>max_l ||W_l - W_l(0)||_2.</summary>
    public double LayerDistanceMax(double[] theta) => LayerNorms(theta, Theta0, "").Value;

    /// <summary>max_l ||W_l||_2, or max_l ||W_l - reference_l||_2, certified by Lanczos.</summary>
    public Measurement LayerNorms(double[] theta, double[]? reference, string method)
    {
        // theta = theta_0 (every trajectory's first point) has no distance to measure: a zero matrix has norm 0 exactly.
        if (reference is not null && theta.AsSpan().SequenceEqual(reference))
        {
            return new Measurement(0, 0, method, 0, MeasurementExit.Exact, 0);
        }
        return CertifiedMeasurement.From(CertifiedNorms.LayerNorms(Layers, theta, reference ?? ReadOnlySpan<double>.Empty, Tolerance), method);
    }

    /// <summary>max_l ||W_l||_2 / sqrt(m) at <paramref name="theta"/>.</summary>
    public Measurement InitSpectralMax(double[] theta)
    {
        var m = LayerNorms(theta, null, "max_l ||W_l(0)||_2 / sqrt(m) (Lanczos on the Gram operator)");
        var scale = Math.Sqrt(Layers.MinWidth);
        return m with { Value = m.Value / scale, Error = m.Error / scale, Certificate = m.Certificate?.Scaled(1 / scale) };
    }

    /// <summary>Lhat and ||grad Lhat|| from one forward-backward pass (the gradient pass returns the loss too).</summary>
    public (double Loss, double GradientNorm) LossAndGradientNorm(double[] theta)
    {
        var g = new double[theta.Length];
        var loss = Batch.LossGradient(theta, Data.Targets, LossKind.SquareMean, g);
        return (loss, Norm(g));
    }

    /// <summary>||grad Lhat||^2 / Lhat.</summary>
    public double PlRatio(double[] theta)
    {
        var (loss, gradientNorm) = LossAndGradientNorm(theta);
        return gradientNorm * gradientNorm / loss;
    }

    /// <summary>||grad^2 Lhat(theta)||_2 by Lanczos, certified to the tolerance.</summary>
    public Measurement LossHessianNorm(double[] theta)
    {
        var restricted = Batch.BatchedHessians is { } b && b.RestrictedLossDimension < theta.Length;
        var operatorText = restricted ? ", restricted to the subspace holding the Hessian's range" : ", full operator";
        return CertifiedMeasurement.From(CertifiedNorms.LossHessian(Batch, theta, Data.Targets, LossKind.SquareMean, Tolerance),
            $"||grad^2 Lhat|| on exact loss HVPs (R-operator{operatorText}), dense or Lanczos (full reorthogonalisation)");
    }

    /// <summary>||x||_2.</summary>
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(VectorOps.Dot(x, x));
}
