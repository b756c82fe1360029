namespace BoundCheck.Validator.Curvature;

/// <summary>A stochastic trace estimate with its standard error.</summary>
/// <param name="Value">Mean of the samples z^T A z.</param>
/// <param name="StandardError">Sample standard deviation / sqrt(Samples) (NaN for one sample).</param>
/// <param name="Samples">Number of probe vectors.</param>
/// <param name="Products">Operator applications (= Samples unless stopped early).</param>
/// <param name="Exit">Converged when all samples were taken, NonFinite if the operator returned NaN/Inf.</param>
public sealed record TraceEstimate(double Value, double StandardError, int Samples, int Products, SpectralExit Exit);
