namespace BoundCheck.Validator.Networks;

/// <summary>
/// The constants of an activation the theorems use (docs/derivations.md section 11): sup|phi'| (Lipschitz), sup|phi''| (beta_phi,
/// smoothness), phi(0), min phi', and whether phi is strictly increasing (min phi' &gt; 0 on R, or phi' &gt; 0
/// everywhere with infimum 0 in the tails).
/// </summary>
public sealed record ActivationConstants(
    double Lipschitz, double Smoothness, double ValueAtZero, double MinDerivative, bool StrictlyIncreasing);
