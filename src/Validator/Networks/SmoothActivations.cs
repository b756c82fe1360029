namespace BoundCheck.Validator.Networks;

// Closed-form derivatives; constants derived in docs/derivations.md section 11 (checked against a fine grid in the tests). The extrema of
// phi' for SiLU and GELU are at the roots of phi'' (GELU: z = sqrt 2; phi'(-z) = 1 - phi'(z) gives the minimum).

internal sealed class TanhActivation : Activation
{
    public override string Name => "tanh";
    public override ActivationConstants Constants { get; } = new(1.0, 4.0 / (3.0 * Math.Sqrt(3.0)), 0.0, 0.0, true);
    public override double Value(double z) => Math.Tanh(z);
    // phi' = 1 - t^2, phi'' = -2 t (1 - t^2), phi''' = (1 - t^2)(6 t^2 - 2)
    public override double First(double z) { var t = Math.Tanh(z); return 1 - t * t; }
    public override double Second(double z) { var t = Math.Tanh(z); return -2 * t * (1 - t * t); }
    public override double Third(double z) { var t = Math.Tanh(z); return (1 - t * t) * (6 * t * t - 2); }

    public override void Evaluate(ReadOnlySpan<double> z, Span<double> value, Span<double> first, Span<double> second)
    {
        for (var i = 0; i < z.Length; i++)
        {
            var t = Math.Tanh(z[i]);
            var d = 1 - t * t;
            value[i] = t;
            first[i] = d;
            second[i] = -2 * t * d;
        }
    }
}

internal sealed class SigmoidActivation : Activation
{
    public override string Name => "sigmoid";
    public override ActivationConstants Constants { get; } = new(0.25, 1.0 / (6.0 * Math.Sqrt(3.0)), 0.5, 0.0, true);
    public override double Value(double z) => Logistic(z);
    // s' = s(1-s), s'' = s(1-s)(1-2s), s''' = s(1-s)(1 - 6s + 6s^2)
    public override double First(double z) { var s = Logistic(z); return s * (1 - s); }
    public override double Second(double z) { var s = Logistic(z); return s * (1 - s) * (1 - 2 * s); }
    public override double Third(double z) { var s = Logistic(z); return s * (1 - s) * (1 - 6 * s + 6 * s * s); }

    public override void Evaluate(ReadOnlySpan<double> z, Span<double> value, Span<double> first, Span<double> second)
    {
        for (var i = 0; i < z.Length; i++)
        {
            var s = Logistic(z[i]);
            var d = s * (1 - s);
            value[i] = s;
            first[i] = d;
            second[i] = d * (1 - 2 * s);
        }
    }

    internal static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}

internal sealed class SoftplusActivation : Activation
{
    public override string Name => "softplus";
    public override ActivationConstants Constants { get; } = new(1.0, 0.25, Math.Log(2.0), 0.0, true);
    // log(1 + e^z) = max(z, 0) + log1p(e^-|z|), stable for large |z|
    public override double Value(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
    public override double First(double z) => SigmoidActivation.Logistic(z);
    public override double Second(double z) { var s = SigmoidActivation.Logistic(z); return s * (1 - s); }
    public override double Third(double z) { var s = SigmoidActivation.Logistic(z); return s * (1 - s) * (1 - 2 * s); }
}

internal sealed class SiluActivation : Activation
{
    public override string Name => "silu";
    public override ActivationConstants Constants { get; } = new(1.099839320128867, 0.5, 0.0, -0.099839320128867, false);
    public override double Value(double z) => z * SigmoidActivation.Logistic(z);
    // with s = sigmoid(z), s' = s(1-s): phi' = s + z s', phi'' = 2 s' + z s'', phi''' = 3 s'' + z s'''
    public override double First(double z) { var s = SigmoidActivation.Logistic(z); return s + z * s * (1 - s); }
    public override double Second(double z)
    {
        var s = SigmoidActivation.Logistic(z);
        var s1 = s * (1 - s);
        return 2 * s1 + z * s1 * (1 - 2 * s);
    }
    public override double Third(double z)
    {
        var s = SigmoidActivation.Logistic(z);
        var s1 = s * (1 - s);
        return 3 * s1 * (1 - 2 * s) + z * s1 * (1 - 6 * s + 6 * s * s);
    }
}

internal sealed class GeluActivation : Activation
{
    private static readonly double InvSqrt2Pi = 1.0 / Math.Sqrt(2 * Math.PI);
    public override string Name => "gelu";
    public override ActivationConstants Constants { get; } = new(1.128904145185155, Math.Sqrt(2 / Math.PI), 0.0, -0.128904145185155, false);
    public override double Value(double z) => z * Cdf(z);
    // with density p(z) = e^(-z^2/2)/sqrt(2 pi): phi' = Phi + z p, phi'' = p (2 - z^2), phi''' = p z (z^2 - 4)
    public override double First(double z) => Cdf(z) + z * Density(z);
    public override double Second(double z) => Density(z) * (2 - z * z);
    public override double Third(double z) => Density(z) * z * (z * z - 4);

    private static double Density(double z) => InvSqrt2Pi * Math.Exp(-0.5 * z * z);
    private static double Cdf(double z) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-z / Math.Sqrt(2));
}

internal sealed class IdentityActivation : Activation
{
    public override string Name => "identity";
    public override ActivationConstants Constants { get; } = new(1.0, 0.0, 0.0, 1.0, true);
    public override double Value(double z) => z;
    public override double First(double z) => 1.0;
    public override double Second(double z) => 0.0;
    public override double Third(double z) => 0.0;
}
