namespace BoundCheck.Validator.Statistics;

/// <summary>One measurement: y measured at x (a width m or a depth L) with a seed.</summary>
public readonly record struct Observation(double X, double Y, int Seed);

/// <summary>How y is assumed to scale with x.</summary>
public enum ScalingModel
{
    /// <summary>y = A x^b: log y = a + b log x (slope = exponent b).</summary>
    Power,
    /// <summary>y = A e^{c x}: log y = a + c x (slope = rate c).</summary>
    Exponential,
}

/// <summary>Fits of the scaling models on log y.</summary>
public static class ScalingFit
{
    /// <summary>Name used in reports: "power" or "exponential".</summary>
    public static string Name(ScalingModel model) => model == ScalingModel.Power ? "power" : "exponential";

    /// <summary>True when the observation can enter a fit of the model (y &gt; 0 finite; x &gt; 0 for power).</summary>
    public static bool Usable(Observation o, ScalingModel model) =>
        double.IsFinite(o.Y) && o.Y > 0 && double.IsFinite(o.X) && (model == ScalingModel.Exponential || o.X > 0);

    /// <summary>OLS of log y on log x (power) or on x (exponential). All observations must be usable.</summary>
    public static LinearFit Fit(IReadOnlyList<Observation> data, ScalingModel model)
    {
        var x = new double[data.Count];
        var y = new double[data.Count];
        Transform(data, model, x, y);
        return Ols.Fit(x, y);
    }

    internal static void Transform(IReadOnlyList<Observation> data, ScalingModel model, Span<double> x, Span<double> y)
    {
        for (var i = 0; i < data.Count; i++)
        {
            x[i] = model == ScalingModel.Power ? Math.Log(data[i].X) : data[i].X;
            y[i] = Math.Log(data[i].Y);
        }
    }
}
