using System.Text.Json.Serialization;
using BoundCheck.Validator.Curvature;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>Why a measurement ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasurementExit>))]
public enum MeasurementExit
{
    /// <summary>A closed form or a finite computation, exact to rounding.</summary>
    Exact,
    /// <summary>An iterative estimate whose certificate met its tolerance.</summary>
    Converged,
    /// <summary>Lanczos found an invariant subspace: the estimate is exact (a success).</summary>
    InvariantSubspace,
    /// <summary>The iteration budget ran out before the tolerance was met.</summary>
    MaxIterations,
    /// <summary>The computation met NaN or infinity.</summary>
    NonFinite,
    /// <summary>The quantity is not defined at this point (a step quantity off a trajectory, or at its last step).</summary>
    NotRecorded,
}

/// <summary>What the error bar of a measurement is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ErrorKind>))]
public enum ErrorKind
{
    /// <summary>No error bar: the value is exact to rounding.</summary>
    None,
    /// <summary>An absolute error bound that holds with certainty (e.g. a Lanczos residual).</summary>
    CertifiedAbsolute,
    /// <summary>A statistical interval (e.g. Clopper-Pearson over seeds).</summary>
    StatisticalInterval,
}

/// <summary>Helpers on <see cref="MeasurementExit"/>.</summary>
public static class MeasurementExits
{
    /// <summary>The exit of a spectral estimate.</summary>
    public static MeasurementExit From(SpectralExit exit) => exit switch
    {
        SpectralExit.Converged => MeasurementExit.Converged,
        SpectralExit.InvariantSubspace => MeasurementExit.InvariantSubspace,
        SpectralExit.MaxIterations => MeasurementExit.MaxIterations,
        _ => MeasurementExit.NonFinite,
    };

    /// <summary>True when the value can decide a verdict: exact, converged, or an invariant subspace.</summary>
    public static bool IsDecisive(this MeasurementExit exit) =>
        exit is MeasurementExit.Exact or MeasurementExit.Converged or MeasurementExit.InvariantSubspace;
}
