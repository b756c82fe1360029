namespace BoundCheck.Validator.Models;

/// <summary>The empirical loss, named by its exact normalisation.</summary>
public enum LossKind
{
    /// <summary>Lhat = (1/n) sum_i (f_i - y_i)^2: averaged, no 1/2 (the loss of the derivations in docs/derivations.md, the default).</summary>
    SquareMean,
    /// <summary>L = (1/2) sum_i (f_i - y_i)^2: summed with 1/2 (the PL* convention).</summary>
    SquareHalfSum,
    /// <summary>Lhat = (1/n) sum_i log(1 + exp(-y_i f_i)), labels y_i in {-1, +1}.</summary>
    LogisticMean,
}

/// <summary>Value and first two derivatives in f of each loss.</summary>
public static class Losses
{
    /// <summary>The loss over all samples.</summary>
    public static double Value(LossKind kind, ReadOnlySpan<double> f, ReadOnlySpan<double> y)
    {
        CheckLengths(f, y);
        var sum = 0.0;
        for (var i = 0; i < f.Length; i++)
        {
            sum += kind switch
            {
                LossKind.LogisticMean => Softplus(-y[i] * f[i]),
                _ => (f[i] - y[i]) * (f[i] - y[i]),
            };
        }
        return Normaliser(kind, f.Length) * sum;
    }

    /// <summary>w_i = dL/df_i and c_i = d^2L/df_i^2 (the loss is separable, so its Hessian in f is diagonal).</summary>
    public static void Derivatives(LossKind kind, ReadOnlySpan<double> f, ReadOnlySpan<double> y, Span<double> w, Span<double> c)
    {
        CheckLengths(f, y);
        var scale = Normaliser(kind, f.Length);
        for (var i = 0; i < f.Length; i++)
        {
            if (kind == LossKind.LogisticMean)
            {
                // d/df log(1 + e^(-y f)) = -y s(-y f); d2/df2 = y^2 s(y f) s(-y f)
                var sMinus = Logistic(-y[i] * f[i]);
                w[i] = -scale * y[i] * sMinus;
                c[i] = scale * y[i] * y[i] * sMinus * (1 - sMinus);
            }
            else
            {
                w[i] = 2 * scale * (f[i] - y[i]);
                c[i] = 2 * scale;
            }
        }
    }

    /// <summary>Human-readable formula, recorded with results.</summary>
    public static string Formula(LossKind kind) => kind switch
    {
        LossKind.SquareMean => "(1/n) sum (f_i - y_i)^2",
        LossKind.SquareHalfSum => "(1/2) sum (f_i - y_i)^2",
        _ => "(1/n) sum log(1 + exp(-y_i f_i))",
    };

    // 1/n for averaged losses, 1/2 for the half-sum.
    private static double Normaliser(LossKind kind, int n) => kind == LossKind.SquareHalfSum ? 0.5 : 1.0 / n;

    private static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static void CheckLengths(ReadOnlySpan<double> f, ReadOnlySpan<double> y)
    {
        if (f.Length != y.Length)
        {
            throw new ArgumentException($"{f.Length} predictions but {y.Length} targets");
        }
    }
}
