namespace BoundCheck.Validator.Networks;

/// <summary>A smooth entrywise activation phi with its first three derivatives and its constants.</summary>
public abstract class Activation
{
    /// <summary>Lower-case name used in settings and on the command line ("tanh").</summary>
    public abstract string Name { get; }

    /// <summary>The constants of docs/derivations.md section 11, in closed form.</summary>
    public abstract ActivationConstants Constants { get; }

    /// <summary>phi(z).</summary>
    public abstract double Value(double z);

    /// <summary>phi'(z).</summary>
    public abstract double First(double z);

    /// <summary>phi''(z).</summary>
    public abstract double Second(double z);

    /// <summary>phi'''(z).</summary>
    public abstract double Third(double z);

    /// <summary>phi of every entry of z (values only: the cheap path of a loss evaluation).</summary>
    public virtual void Apply(ReadOnlySpan<double> z, Span<double> value)
    {
        for (var i = 0; i < z.Length; i++)
        {
            value[i] = Value(z[i]);
        }
    }

    /// <summary>phi, phi', phi'' of every entry of z (overridden where they share work, e.g. tanh).</summary>
    public virtual void Evaluate(ReadOnlySpan<double> z, Span<double> value, Span<double> first, Span<double> second)
    {
        for (var i = 0; i < z.Length; i++)
        {
            value[i] = Value(z[i]);
            first[i] = First(z[i]);
            second[i] = Second(z[i]);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
