namespace BoundCheck.Validator.Data;

/// <summary>How synthetic targets are produced.</summary>
public enum LabelKind
{
    /// <summary>Outputs of a random one-hidden-layer tanh teacher network with its own seed.</summary>
    Teacher,

    /// <summary>i.i.d. N(0, 1) targets independent of the inputs (a control: nothing to learn).</summary>
    Random,
}

/// <summary>How synthetic inputs are drawn.</summary>
public enum InputKind
{
    /// <summary>Gaussian directions rescaled to the sphere of radius sqrt(d) (||x_i|| = sqrt(d)).</summary>
    Sphere,

    /// <summary>i.i.d. N(0, I_d / d), not normalised (Chatterjee's design; d &gt;= n gives independent inputs a.s.).</summary>
    Gaussian,
}
