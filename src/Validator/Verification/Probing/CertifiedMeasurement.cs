using BoundCheck.Validator.Measures;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>Certified spectral values as probe measurements.</summary>
internal static class CertifiedMeasurement
{
    /// <summary>The measurement of <paramref name="value"/>, its method text ending with the certificate's.</summary>
    public static Measurement From(CertifiedValue value, string method, int? input = null) =>
        new(value.Value, value.Error, $"{method}; certificate {value.Certificate.Label}: {value.Certificate.Detail}", value.Products,
            Enum.Parse<MeasurementExit>(value.Exit), 0, input, Certificate: value.Certificate);

    /// <summary>The upper end a comparison must use: the certificate's, else value + error.</summary>
    public static double Upper(Measurement m) => m.Certificate?.Upper ?? m.Value + m.Error;
}
