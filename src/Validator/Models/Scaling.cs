namespace BoundCheck.Validator.Models;

/// <summary>How pre-activations are scaled by fan-in.</summary>
public enum Scaling
{
    /// <summary>NTK scaling: z^(l) = W^(l) alpha^(l-1) / sqrt(m_{l-1}), f = v^T alpha^(L) / sqrt(m_L) (Banerjee et al., arXiv:2209.15106v1).</summary>
    Ntk,
    /// <summary>Standard scaling: z^(l) = W^(l) alpha^(l-1), f = v^T alpha^(L) (no 1/sqrt(fan_in)).</summary>
    Standard,
}
