namespace BoundCheck.Validator.Networks;

/// <summary>How the output vector v is drawn.</summary>
public enum OutputInit
{
    /// <summary>Uniform on the unit sphere, ||v||_2 = 1 (Banerjee et al.).</summary>
    UnitSphere,
    /// <summary>Entries N(0, 1).</summary>
    Gaussian,
}

/// <summary>An initialisation scheme; <see cref="Initialiser.Draw"/> turns it into theta for a seed.</summary>
public abstract record Initialisation
{
    /// <summary>Short name used in setting names ("gaussian", "banerjee", "positive").</summary>
    public abstract string Name { get; }

    /// <summary>What is wrong with the scheme's values, naming the value, or null when it can be drawn.</summary>
    public abstract string? Problem { get; }

    // A value that must be finite and >= 0 (or > 0).
    private protected static string? CheckPositive(double value, string name, bool allowZero) =>
        double.IsNaN(value) || value < 0 || (!allowZero && value == 0) || double.IsInfinity(value)
            ? $"{name} must be {(allowZero ? ">= 0" : "> 0")} and finite, got {value}"
            : null;

    /// <summary>W^(l) entries N(0, sigma0^2); v per <paramref name="Output"/>; biases 0.</summary>
    public sealed record Gaussian(double Sigma0Squared, OutputInit Output = OutputInit.UnitSphere) : Initialisation
    {
        /// <inheritdoc/>
        public override string Name => "gaussian";

        /// <inheritdoc/>
        public override string? Problem => CheckPositive(Sigma0Squared, "sigma0^2", allowZero: true);
    }

    /// <summary>
    /// Banerjee et al.: W^(l) entries N(0, sigma0^2) with sigma0 = sigma1 / (2 (1 + sqrt(log m / (2 m)))), m the
    /// smallest hidden width; v on the unit sphere; biases 0.
    /// </summary>
    public sealed record Banerjee(double Sigma1) : Initialisation
    {
        /// <inheritdoc/>
        public override string Name => "banerjee";

        /// <inheritdoc/>
        public override string? Problem => CheckPositive(Sigma1, "sigma1", allowZero: false);

        /// <summary>sigma0 for hidden width m.</summary>
        public double Sigma0(int m) => Sigma1 / (2.0 * (1.0 + Math.Sqrt(Math.Log(m) / (2.0 * m))));
    }

    /// <summary>
    /// Chatterjee's positive initialisation: W^(1) = 0, hidden W^(l) (l &gt;= 2) entries Uniform(0.5, 1.5) / m_{l-1},
    /// every output entry = lambda, biases 0.
    /// </summary>
    public sealed record Positive(double Lambda) : Initialisation
    {
        /// <inheritdoc/>
        public override string Name => "positive";

        /// <inheritdoc/>
        public override string? Problem => CheckPositive(Lambda, "lambda", allowZero: false);
    }
}
