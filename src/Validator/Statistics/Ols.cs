namespace BoundCheck.Validator.Statistics;

/// <summary>A least-squares line y = Intercept + Slope x with classical (homoscedastic) standard errors.</summary>
/// <param name="ResidualSumOfSquares">sum (y_i - a - b x_i)^2.</param>
/// <param name="InterceptStandardError">NaN when N = 2 (no residual degrees of freedom).</param>
/// <param name="SlopeStandardError">NaN when N = 2.</param>
public sealed record LinearFit(
    double Intercept,
    double Slope,
    double InterceptStandardError,
    double SlopeStandardError,
    double ResidualSumOfSquares,
    double RSquared,
    int N);

/// <summary>Ordinary least squares for one regressor.</summary>
public static class Ols
{
    /// <summary>Fits y = a + b x. Requires equal lengths, n &gt;= 2 and x not constant (programmer errors otherwise).</summary>
    public static LinearFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}", nameof(y));
        }
        var n = x.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2, nameof(x));
        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (!(sxx > 0))
        {
            throw new ArgumentException("x is constant: the slope is not identifiable", nameof(x));
        }
        // b = Sxy / Sxx, a = ybar - b xbar.
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }
        // s^2 = RSS/(n-2); se(b) = s/sqrt(Sxx); se(a) = s sqrt(1/n + xbar^2/Sxx).
        var s2 = n > 2 ? rss / (n - 2) : double.NaN;
        var rSquared = syy > 0 ? 1 - rss / syy : 1;
        return new LinearFit(intercept, slope, Math.Sqrt(s2 * (1.0 / n + meanX * meanX / sxx)), Math.Sqrt(s2 / sxx), rss, rSquared, n);
    }
}
