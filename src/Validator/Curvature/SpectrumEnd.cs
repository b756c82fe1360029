namespace BoundCheck.Validator.Curvature;

/// <summary>Which end(s) of the spectrum a Lanczos run must certify before it stops.</summary>
public enum SpectrumEnd
{
    /// <summary>The largest (algebraic) eigenvalue.</summary>
    Largest,

    /// <summary>The smallest (algebraic) eigenvalue.</summary>
    Smallest,

    /// <summary>Both the largest and the smallest eigenvalue.</summary>
    Both,

    /// <summary>The eigenvalue of largest magnitude (the spectral norm of a symmetric operator).</summary>
    Magnitude,
}
