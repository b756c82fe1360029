namespace BoundCheck.Validator.Verification;

/// <summary>One hypothesis of a theorem, checked at a setting.</summary>
/// <param name="Text">The hypothesis as written in the theorem file (plain text).</param>
/// <param name="Latex">The same in LaTeX.</param>
/// <param name="Tag">Provenance tag of the formula: verbatim, reconstructed or derived.</param>
/// <param name="Holds">True/false; null when it could not be decided.</param>
/// <param name="Detail">What was compared, with numbers (e.g. "max_l ||W_l||/sqrt(m) = 0.981 <= sigma1 = 1").</param>
public sealed record HypothesisResult(string Text, string Latex, string Tag, HypothesisKind Kind, bool? Holds, string Detail);

/// <summary>How a number was measured and how far it can be trusted.</summary>
/// <param name="Method">E.g. "Lanczos on exact HVPs (R-operator), full reorthogonalisation".</param>
/// <param name="Products">Operator applications (HVPs) used; 0 when not applicable.</param>
/// <param name="ErrorBound">Absolute error bound of the measured value (e.g. Lanczos residual norm).</param>
/// <param name="ExitReason">Converged, MaxIterations, NonFinite, ... as returned by the algorithm.</param>
public sealed record MeasurementInfo(string Method, int Products, double ErrorBound, string ExitReason, string Backend, double Seconds);

/// <summary>Where a claim was measured: the point and input that gave the reported (worst) value.</summary>
public sealed record Witness(string Setting, string Point, string Input, double Value);

/// <summary>One claim judged at one setting.</summary>
/// <param name="Relation">"&lt;=" or "&gt;=" (measured relation bound).</param>
/// <param name="ImpliedConstant">For O-form claims: measured / (bound without its constant).</param>
/// <param name="Excluded">Points left out of tightness and witness and why (identities, trivial bounds), or null.</param>
/// <param name="Margin">For a claim that can only hold with ratio 1 (rank &gt;= n): the margin that matters instead.</param>
/// <param name="Estimates">Estimated constants the bound uses, each named with the direction of its error.</param>
/// <param name="ScalingFits">For an O-form claim over a sweep: the fits its scaling verdict comes from (implied constant on m).</param>
/// <param name="ScalingNotes">For an O-form claim over a sweep: how far converging factors of the form are from their limits.</param>
/// <param name="Certificate">For spectral claims: exact, P(miss) &lt;= delta (union bound over the values judged) or none.</param>
/// <param name="Search">For ball claims: the sampled worst value beside what the adversarial search found.</param>
public sealed record ClaimResult(
    string Theorem,
    string Claim,
    string Setting,
    Verdict Verdict,
    string Quantity,
    string Relation,
    double? Measured,
    double? Bound,
    double? Tightness,
    double? ImpliedConstant,
    string BoundText,
    string BoundLatex,
    string Tag,
    string Scope,
    IReadOnlyList<HypothesisResult> Hypotheses,
    MeasurementInfo? Method,
    Witness? Witness,
    string? Reason,
    string? Excluded = null,
    string? Margin = null,
    IReadOnlyList<string>? Estimates = null,
    IReadOnlyList<FitResult>? ScalingFits = null,
    IReadOnlyList<string>? ScalingNotes = null,
    ClaimCertificate? Certificate = null,
    SearchSummary? Search = null);

/// <summary>A fitted scaling exponent with its interval, against the claimed one.</summary>
/// <param name="Variable">"m" or "L".</param>
/// <param name="Model">"power" (log y on log x) or "exponential" (log y on x).</param>
/// <param name="Slope">Fitted exponent (power) or log-base (exponential).</param>
/// <param name="Claimed">Exponent claimed by the stated form, when it has one.</param>
/// <param name="BoundExponent">Exponent of the explicit bound, derived symbolically, when there is one.</param>
/// <param name="Interval">How the interval [Low, High] was computed, e.g. "t over 5 seeds (df 4)".</param>
public sealed record FitResult(
    string Theorem,
    string Quantity,
    string Variable,
    string Model,
    double Slope,
    double Low,
    double High,
    double? Claimed,
    double? BoundExponent,
    ScalingVerdict Verdict,
    int Points,
    string Detail,
    string Interval = "");

/// <summary>Style of a plotted series.</summary>
public enum SeriesStyle { Line, Markers, Dashed, Band }

/// <summary>One curve of a plot; YLow/YHigh give an error band or bars when present.</summary>
public sealed record Series(string Label, double[] X, double[] Y, double[]? YLow, double[]? YHigh, SeriesStyle Style);

/// <summary>A plot the report writes as an SVG file beside the Markdown.</summary>
/// <param name="Id">File stem, unique in a report (e.g. "banerjee2023.hessian-trajectory").</param>
public sealed record Plot(string Id, string Title, string XLabel, string YLabel, bool LogX, bool LogY, IReadOnlyList<Series> Series);

/// <summary>A table the report renders as a pipe table.</summary>
public sealed record Table(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>Everything the report says about one theorem.</summary>
/// <param name="Statement">Plain-text statement of the claim(s).</param>
/// <param name="StatementLatex">LaTeX of the claim(s), rendered as display math.</param>
/// <param name="Prose">The theorem file's prose (Markdown written by people; escaped for HTML).</param>
/// <param name="Notes">Plain sentences: what was run, what could not be confirmed, which hypothesis failed.</param>
/// <param name="Caveats">The theorem file's caveats (its preamble: what could and could not be checked against the paper).</param>
public sealed record TheoremSection(
    string Theorem,
    string Title,
    string Source,
    string Statement,
    string StatementLatex,
    string Prose,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ClaimResult> Claims,
    IReadOnlyList<FitResult> Fits,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<Plot> Plots,
    string Caveats = "");

/// <summary>Where and how a run happened, so it can be reproduced.</summary>
public sealed record RunProvenance(
    string Version,
    string GitCommit,
    string Os,
    string Cpu,
    string BlasBackend,
    int Threads,
    IReadOnlyList<int> Seeds,
    DateTimeOffset Started,
    double WallSeconds,
    string CommandLine);

/// <summary>A whole verification run: the content of results.json, from which the report is rendered.</summary>
/// <param name="MergedFrom">When the report merges several runs (sweep shards), the provenance of each; else null.</param>
public sealed record VerificationRun(
    string Title,
    IReadOnlyList<ClaimResult> Claims,
    IReadOnlyList<TheoremSection> Sections,
    RunProvenance Provenance,
    IReadOnlyList<RunProvenance>? MergedFrom = null);
