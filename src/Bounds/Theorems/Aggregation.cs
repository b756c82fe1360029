namespace BoundCheck.Bounds.Theorems;

/// <summary>Where a vocabulary quantity takes its value, and so where a checker measures it.</summary>
public enum Aggregation
{
    /// <summary>At each probed point of a scope (theta_0, ball points, GD iterates).</summary>
    PerPoint,
    /// <summary>At each GD step, and at each probed point off a trajectory.</summary>
    PerStep,
    /// <summary>Once per run (a setting and its seed): the loss at init, estimates over a ball.</summary>
    PerRun,
    /// <summary>Once per initialisation draw.</summary>
    PerSeed,
    /// <summary>Once per data set.</summary>
    PerDataSet,
    /// <summary>A rate over many seeds.</summary>
    OverSeeds,
    /// <summary>Declared with the setting (activation constants, data sizes), not measured.</summary>
    PerSetting,
}

/// <summary>Helpers on <see cref="Aggregation"/>.</summary>
public static class AggregationExtensions
{
    /// <summary>True when the value changes from one probed point to the next (per point and per step).</summary>
    public static bool IsPointDependent(this Aggregation aggregation) => aggregation is Aggregation.PerPoint or Aggregation.PerStep;
}
