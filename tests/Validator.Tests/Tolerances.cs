namespace BoundCheck.Validator.Tests;

/// <summary>Every numeric tolerance of the Validator tests, with why it is what it is, named once.</summary>
internal static class Tolerances
{
    // Linear algebra, networks and derivatives

    /// <summary>Exact network arithmetic against exact arithmetic (closed forms, batched vs per-sample): rounding only.</summary>
    public const double ExactNetwork = 1e-10;

    /// <summary>An eigenvalue of a dense Hessian counts as zero below this fraction of the largest |eigenvalue| (rounding of O(p eps)).</summary>
    public const double ZeroEigenvalue = 1e-9;

    /// <summary>Two BLAS backends summing in different orders.</summary>
    public const double Backends = 1e-12;

    /// <summary>First derivatives against central differences with a good step (error O(h^2) + O(eps/h)).</summary>
    public const double FiniteDifference = 1e-7;

    /// <summary>HVPs against central differences of exact gradients.</summary>
    public const double HessianFiniteDifference = 1e-6;

    /// <summary>Dense Hessian against a second-order central difference of the loss (error O(h^2) + O(eps/h^2)).</summary>
    public const double SecondOrderDifference = 1e-5;

    /// <summary>Activation constants against their sup/min on a grid of spacing 1e-4 (error O(spacing^2)).</summary>
    public const double Grid = 1e-7;

    /// <summary>Sample mean/variance of 10^5 normals: several standard errors.</summary>
    public const double Statistical = 0.02;

    /// <summary>Layer spectral norms from Lanczos (at its default 1e-8) against a dense SVD, relative, with margin.</summary>
    public const double LayerSpectralNorm = 1e-6;

    /// <summary>
    /// The RSC modulus 2 (L_{t+1} - L_t + eta ||g||^2) / (eta^2 ||g||^2) recomputed, relative: a difference of nearly
    /// equal losses divided by eta^2 magnifies rounding.
    /// </summary>
    public const double RscModulus = 1e-6;

    /// <summary>A double stored as float32 and read back, relative: 2^-24 (about 5.96e-8) rounded up.</summary>
    public const double SinglePrecision = 6e-8;

    // Curvature

    /// <summary>Lanczos (run at <see cref="LanczosTight"/>) vs dense eigendecomposition, relative to ||A||.</summary>
    public const double Lanczos = 1e-8;

    /// <summary>Relative residual tolerance passed to Lanczos when comparing with dense results.</summary>
    public const double LanczosTight = 1e-10;

    /// <summary>Lanczos at its default relative tolerance (1e-6) against a known norm, relative to ||A||.</summary>
    public const double LanczosDefault = 1e-6;

    /// <summary>A Ritz residual recomputed from the Ritz vector vs the one Lanczos reports, relative to ||A||.</summary>
    public const double RecomputedResidual = 1e-9;

    /// <summary>Rounding slack, relative to ||A||, allowed on top of a residual certificate.</summary>
    public const double Rounding = 1e-12;

    /// <summary>Power iteration vs Lanczos, relative.</summary>
    public const double PowerIteration = 1e-6;

    /// <summary>Dense decompositions vs closed forms, relative.</summary>
    public const double Dense = 1e-10;

    /// <summary>The SVD rank threshold max(m, n) eps sigma_max (about 3e-15 here) vs its formula: rounding of sigma_max only.</summary>
    public const double RankThreshold = 1e-20;

    /// <summary>Number of standard errors a Hutchinson estimate may deviate before a test fails.</summary>
    public const double HutchinsonSigmas = 4.0;

    // Data

    /// <summary>Norms and rescaling, relative.</summary>
    public const double Norm = 1e-12;

    /// <summary>lambda_min(X X^T) vs sigma_min(X)^2, relative to lambda_max.</summary>
    public const double Gram = 1e-9;

    /// <summary>Sample mean of n standard normals against 0, in standard errors 1/sqrt(n).</summary>
    public const double MeanStandardErrors = 5;

    /// <summary>Sample variance of 4000 standard normals against 1: about 4.5 standard errors sqrt(2/n).</summary>
    public const double SampleVariance = 0.1;

    // Statistics and sweeps

    /// <summary>Doubles written with "R" and read back must be bit-identical.</summary>
    public const double RoundTrip = 0;

    /// <summary>Closed-form least squares versus the implementation (a few ulps of accumulated rounding).</summary>
    public const double ClosedForm = 1e-12;

    /// <summary>Beta quantiles of MathNet against published Clopper-Pearson values given to 4 decimals.</summary>
    public const double PublishedFourDecimals = 5e-5;

    /// <summary>Beta quantile against an exact closed form (root finding inside MathNet).</summary>
    public const double BetaQuantile = 1e-8;

    /// <summary>Slope fitted to noisy synthetic power-law data (noise sd 0.05 in log y, 5 seeds x 6 widths) vs the true one.</summary>
    public const double NoisyFitSlope = 0.08;

    /// <summary>Coverage estimated from 300 simulated data sets: about two standard errors of a proportion near 0.95.</summary>
    public const double CoverageSampling = 0.025;

    /// <summary>A sweep ETA in whole TimeSpan ticks vs the same formula in doubles: truncation to a tick.</summary>
    public const double Tick = 1.0;

    // Verification

    /// <summary>Rational exponents converted to double, and ln of an evaluated base (a few ulps).</summary>
    public const double ExactExponent = 1e-12;

    /// <summary>Slope of a sweep verdict's fit to synthetic power laws with small multiplicative noise (sd 0.02 in log y).</summary>
    public const double SweepVerdictSlope = 0.05;

    /// <summary>A width found by bisection on log m to 1%, printed with 3 significant digits.</summary>
    public const double WidthBisection = 0.015;

    /// <summary>A single division (tightness = measured / bound) against its exact value.</summary>
    public const double OneDivision = 1e-15;

    /// <summary>A handful of floating-point operations (a fake probe's measured and bound values and their ratio).</summary>
    public const double Arithmetic = 1e-12;

    /// <summary>A crossing found by 60 bisections of an octave on a least-squares line through exact logs, relative: rounding only.</summary>
    public const double Bisection = 1e-10;

    /// <summary>The theorem's constants evaluated symbolically against the same formulas in C#, relative: rounding only.</summary>
    public const double Formula = 1e-12;

    /// <summary>||gbar||^2 and the step cosine from a central-difference Jacobian (step 1e-6) against backprop, relative.</summary>
    public const double JacobianDifference = 1e-6;

    // Certificates and the adversarial search

    /// <summary>
    /// A gradient by central differences of HVPs (step 1e-4) against central differences (step 1e-4) of a dense eigenvalue
    /// or of an objective: both O(h^2) ~ 1e-8 of the third/fifth derivatives, plus rounding eps/h ~ 1e-12; relative to 1 + |value|.
    /// </summary>
    public const double EigenvalueGradient = 1e-6;

    /// <summary>A projection's output against the ball's constraint and the variational inequality (SVD rounding).</summary>
    public const double Projection = 1e-10;

    /// <summary>A number printed with 6 significant digits (G6) and parsed back, relative.</summary>
    public const double PrintedSixDigits = 1e-5;

    /// <summary>1 - cos between the search's gradient (Lanczos to 1e-3) and the exact one: eigenvector error ~ residual / gap.</summary>
    public const double SearchDirection = 1e-3;

    /// <summary>A planted maximum computed by hand to 5 digits (and tanh's first-order approximations), relative.</summary>
    public const double PlantedMaximum = 1e-3;
}
