using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Measures;

/// <summary>
/// A spectral value with its certificate: the largest of several norms (over inputs or layers), or one norm.
/// </summary>
/// <param name="Value">The computed value (a Ritz value, or the dense eigenvalue).</param>
/// <param name="Error">Absolute error bar of Value (the largest Lanczos residual, or the dense backward error).</param>
/// <param name="Index">The input or layer (0-based) that attains the maximum.</param>
/// <param name="Exit">"Exact" for a dense solve, else the Lanczos exit of the first run without a residual certificate (or Converged).</param>
public sealed record CertifiedValue(double Value, double Error, int Index, int Products, string Exit, Certificate Certificate);

/// <summary>
/// The certified spectral measurements (<see cref="NormCertificates"/>): predictor-Hessian norms (max over inputs),
/// the loss-Hessian norm and per-layer spectral norms or distances (max over layers). A maximum over several operators
/// spends delta / count on each, so its probabilistic certificate holds with probability 1 - delta (union bound).
/// </summary>
public static class CertifiedNorms
{
    /// <summary>
    /// max_i ||grad^2 f(theta; x_i)||_2: on the exact range restriction of each predictor Hessian where the model has one
    /// (all inputs in lockstep), else on each input's full operator.
    /// </summary>
    public static CertifiedValue PredictorHessian(IModelBatch batch, double[] theta, double tolerance, double delta = NormCertificates.DefaultDelta)
    {
        if (batch.BatchedHessians is { } batched)
        {
            return OfBatch(batched.PredictorHessians(theta), tolerance, delta, batch.Blas, "inputs");
        }
        var share = delta / batch.Count;
        var weights = new double[batch.Count];
        var parts = new List<CertifiedValue>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            weights[i] = 1;
            parts.Add(OfOperator(batch.PredictorHessian(theta, weights), tolerance, share, batch.Blas));
            weights[i] = 0;
        }
        return MaxOf(parts, "inputs");
    }

    /// <summary>||grad^2 Lhat(theta)||_2 on the range restriction where the model has one smaller than p, else on the full operator.</summary>
    public static CertifiedValue LossHessian(IModelBatch batch, double[] theta, ReadOnlySpan<double> targets, LossKind kind, double tolerance,
        double delta = NormCertificates.DefaultDelta)
    {
        if (batch.BatchedHessians is { } batched && batched.RestrictedLossDimension < theta.Length)
        {
            return OfBatch(batched.RestrictedLossHessian(theta, targets, kind), tolerance, delta, batch.Blas, "groups");
        }
        return OfOperator(batch.LossHessian(theta, targets, kind), tolerance, delta, batch.Blas);
    }

    // One symmetric operator: dense when small, else Lanczos with the Kuczynski-Wozniakowski certificate.
    private static CertifiedValue OfOperator(ILinearOperator op, double tolerance, double delta, BlasBackend blas)
    {
        var n = op.Dimension;
        if (n <= NormCertificates.ExactMaxDimension)
        {
            var spectrum = ExactSpectrum.Of(DenseForms.Of(op), n, blas: blas);
            return new CertifiedValue(spectrum.Norm, spectrum.Bound, 0, n, "Exact", NormCertificates.FromExactNorm(spectrum, n));
        }
        var run = Lanczos.Run(op, NormOptions(tolerance, n, delta), blas: blas);
        return new CertifiedValue(run.Norm.Value, run.Norm.Residual, 0, run.Products, run.Norm.Exit.ToString(), NormCertificates.FromLanczosNorm(run, n, delta));
    }

    private static CertifiedValue MaxOf(IReadOnlyList<CertifiedValue> parts, string what)
    {
        var best = Enumerable.Range(0, parts.Count).MaxBy(i => parts[i].Value);
        var failed = parts.FirstOrDefault(p => p.Exit is not ("Exact" or "Converged" or "InvariantSubspace"))?.Exit;
        var certificate = parts.Count == 1 ? parts[0].Certificate
            : Certificate.Max([.. parts.Select(p => p.Certificate)], $"max over {parts.Count} {what} (union bound, delta / {parts.Count} each)");
        return new CertifiedValue(parts[best].Value, parts.Max(p => p.Error), best, parts.Sum(p => p.Products), failed ?? parts[best].Exit, certificate);
    }

    /// <summary>max_l ||W_l - R_l||_2 (R = <paramref name="reference"/>, or 0 for the layer norms themselves).</summary>
    public static CertifiedValue LayerNorms(ILayerBlocks layers, ReadOnlySpan<double> theta, ReadOnlySpan<double> reference, double tolerance,
        double delta = NormCertificates.DefaultDelta)
    {
        if (theta.Length != layers.ParameterCount)
        {
            throw new ArgumentException($"theta has {theta.Length} entries, the model {layers.ParameterCount}", nameof(theta));
        }
        var parts = new List<(double Value, double Error, int Products, string Exit, Certificate Certificate)>();
        var share = delta / layers.Weights.Count;
        foreach (var block in layers.Weights)
        {
            var w = block.Of(theta).ToArray();
            if (!reference.IsEmpty)
            {
                VectorOps.Axpy(-1, block.Of(reference), w);
            }
            parts.Add(LayerNorm(w, block.Rows, block.Cols, tolerance, share));
        }
        var best = Enumerable.Range(0, parts.Count).MaxBy(i => parts[i].Value);
        var failed = parts.FirstOrDefault(p => p.Exit is not ("Exact" or "Converged" or "InvariantSubspace")).Exit;
        return new CertifiedValue(parts[best].Value, parts.Max(p => p.Error), best, parts.Sum(p => p.Products), failed ?? parts[best].Exit,
            Certificate.Max([.. parts.Select(p => p.Certificate)], $"max over {parts.Count} layers (union bound)"));
    }

    private static (double, double, int, string, Certificate) LayerNorm(double[] w, int rows, int cols, double tolerance, double delta)
    {
        var small = Math.Min(rows, cols);
        var frobeniusSq = VectorOps.Dot(w, w);
        if (frobeniusSq == 0)
        {
            return (0, 0, 0, "Exact", new Certificate(CertificateKind.Exact, 0, 0, 0, 0, small, small, "exact: a zero matrix"));
        }
        if (small <= NormCertificates.ExactMaxDimension)
        {
            // G = A^T A on the smaller side; |fl(G) - G| <= gamma_k |A|^T |A| entrywise (k the summed length), so ||E||_2 <= gamma_k ||A||_F^2.
            var gram = new double[small * small];
            var transA = cols <= rows ? Transpose.Yes : Transpose.No;
            Blas.Default.Gemm(transA, transA == Transpose.Yes ? Transpose.No : Transpose.Yes, small, small, Math.Max(rows, cols), 1.0,
                w, rows, w, rows, 0.0, gram, small);
            var spectrum = ExactSpectrum.Of(gram, small, ExactSpectrum.Gamma(Math.Max(rows, cols)) * frobeniusSq);
            var certificate = NormCertificates.FromExactGram(spectrum, small);
            var value = Math.Sqrt(Math.Max(0, spectrum.Values[^1]));
            return (value, certificate.Upper - value, 0, "Exact", certificate);
        }
        var options = new LanczosOptions(tolerance, 300, 1, SpectrumEnd.Largest, MinIterations: NormCertificates.GramSteps(small, delta));
        var run = Lanczos.Run(new GramOperator(new DenseMatrixOperator(rows, cols, w)), options);
        var top = run.Largest;
        var sigma = Math.Sqrt(Math.Max(top.Value, 0));
        var error = sigma > 0 ? top.Residual / sigma : Math.Sqrt(top.Residual);
        return (sigma, error, 2 * top.Products, top.Exit.ToString(), NormCertificates.FromLanczosGram(run, small, delta));
    }

    private static CertifiedValue OfBatch(IBatchedOperator op, double tolerance, double delta, BlasBackend blas, string what)
    {
        var (n, count) = (op.Dimension, op.Count);
        var share = delta / count;
        List<(double Value, double Error, Certificate Certificate)> parts;
        int products;
        string exit;
        if (n <= NormCertificates.ExactMaxDimension)
        {
            var spectra = DenseForms.Of(op).Select(matrix => ExactSpectrum.Of(matrix, n, blas: blas)).ToList();
            parts = [.. spectra.Select(s => (s.Norm, s.Bound, NormCertificates.FromExactNorm(s, n)))];
            (products, exit) = (n * count, "Exact");
        }
        else
        {
            var runs = NetworkMeasures.BatchRuns(op, NormOptions(tolerance, n, share), blas);
            parts = [.. runs.Select(r => (r.Norm.Value, r.Norm.Residual, NormCertificates.FromLanczosNorm(r, n, share)))];
            products = runs.Sum(r => r.Products);
            exit = (runs.Select(r => r.Norm).FirstOrDefault(e => !e.IsSuccess)?.Exit ?? SpectralExit.Converged).ToString();
        }
        var best = Enumerable.Range(0, count).MaxBy(i => parts[i].Value);
        var certificate = count == 1 ? parts[0].Certificate
            : Certificate.Max([.. parts.Select(p => p.Certificate)], $"max over {count} {what} (union bound, delta / {count} each)");
        return new CertifiedValue(parts[best].Value, parts.Max(p => p.Error), best, products, exit, certificate);
    }

    private static LanczosOptions NormOptions(double tolerance, int n, double delta) =>
        new(tolerance, 300, 1, SpectrumEnd.Magnitude, MinIterations: NormCertificates.NormSteps(n, delta));
}
