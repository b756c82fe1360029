namespace BoundCheck.Validator.Curvature;

/// <summary>Progress of an iterative spectral routine after one iteration.</summary>
/// <param name="Iteration">Iterations done.</param>
/// <param name="Estimate">Current estimate of the target quantity.</param>
/// <param name="Residual">Its current absolute error bound.</param>
public readonly record struct SpectralProgress(int Iteration, double Estimate, double Residual);
