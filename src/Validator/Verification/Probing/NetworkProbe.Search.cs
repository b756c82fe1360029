using System.Diagnostics;
using BoundCheck.Bounds.Theorems;
using BoundCheck.Validator.Geometry;

namespace BoundCheck.Validator.Verification.Probing;

/// <summary>The adversarial search of ball claims (projected ascent or descent from the worst probed points).</summary>
public sealed partial class NetworkProbe : IAdversarialSearch
{
    /// <summary>Objective evaluations per searched claim (value and gradient at one point; split over the starts).</summary>
    public const int SearchBudget = 8;

    /// <summary>The fewest evaluations a search gets, however large the network.</summary>
    public const int MinimumSearchBudget = 4;

    /// <summary>Above this many parameters (2^19) the budget shrinks as 1/p (an evaluation costs about p, with dense projections).</summary>
    public const int FullBudgetParameters = 1 << 19;

    /// <summary>Probed points the search starts from (the worst first) when the budget allows <see cref="EvaluationsPerStart"/> each.</summary>
    public const int SearchStarts = 2;

    /// <summary>A start gets at least this many evaluations (a second start only from 2 x 8 = 16 evaluations on).</summary>
    public const int EvaluationsPerStart = 8;

    /// <summary>The evaluations a search of a network with p parameters gets: 8, or 8 * 2^19 / p when that is smaller, at least 4.</summary>
    public static int BudgetFor(int parameters) =>
        (int)Math.Clamp(Math.Round((double)SearchBudget * FullBudgetParameters / parameters), MinimumSearchBudget, SearchBudget);

    private readonly Dictionary<(ProbeScope, string, bool), SearchOutcome?> _searches = [];

    public SearchOutcome? Search(ProbeScope scope, string quantity, bool ascent, IReadOnlyList<ProbePoint> starts, IProgress<string>? progress,
        CancellationToken cancellation)
    {
        if (_searches.TryGetValue((scope, quantity, ascent), out var known))
        {
            return known;
        }
        var ball = Ball(scope);
        if (ball is null || SearchObjectives.For(quantity, Evaluator, Data.Targets) is null || starts.Count == 0)
        {
            return _searches[(scope, quantity, ascent)] = null;
        }
        var clock = Stopwatch.StartNew();
        var budget = BudgetFor(Evaluator.Model.ParameterCount);
        var used = starts.Take(Math.Clamp(budget / EvaluationsPerStart, 1, SearchStarts)).ToList();
        progress?.Report($"adversarial search ({(ascent ? "ascent" : "descent")} on {quantity}, {budget} evaluations from {used.Count} points)");
        var runs = used.Select((start, k) => (Start: start, Run: BallSearch.Run(SearchObjectives.For(quantity, Evaluator, Data.Targets)!, ball, _points[start.Index].Theta,
            budget / used.Count + (k < budget % used.Count ? 1 : 0), ascent, cancellation))).ToList();
        var best = runs.MaxBy(r => (ascent ? 1 : -1) * r.Run.Value);
        var label = $"adversarial search ({(ascent ? "ascent" : "descent")} on {quantity} from {best.Start.Label})";
        var point = Add(label, best.Run.Theta, null, null);
        return _searches[(scope, quantity, ascent)] = new SearchOutcome(point, best.Start, $"{label}: {ball.Describe(best.Run.Theta)}",
            budget, runs.Sum(r => r.Run.Evaluations), runs.Sum(r => r.Run.Accepted), clock.Elapsed.TotalSeconds);
    }

    /// <summary>The parameters of a registered point (for tests and witnesses).</summary>
    internal double[] Parameters(ProbePoint point) => _points[point.Index].Theta;

    /// <summary>Every point registered so far, in order (probed points and search ends).</summary>
    internal IReadOnlyList<ProbePoint> RegisteredPoints => [.. _points.Select(p => p.Point)];

    private IBallProjection? Ball(ProbeScope scope) => scope.Kind switch
    {
        ScopeKind.SpectralBall or ScopeKind.FrobeniusBall when Evaluator.Model.Layers is { } layers => new LayerBallProjection(layers, Theta0, scope.Radii[0],
            scope.Radii.Count > 1 ? scope.Radii[1] : scope.Radii[0], frobenius: scope.Kind == ScopeKind.FrobeniusBall),
        ScopeKind.EuclideanBall => new EuclideanBallProjection(Theta0, scope.Radii[0]),
        _ => null,
    };
}
