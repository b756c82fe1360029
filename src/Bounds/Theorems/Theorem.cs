using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Theorems;

/// <summary>Where a formula sits in its theorem file and how it was written there.</summary>
/// <param name="Text">The formula as written (without its tag).</param>
/// <param name="Tag">Its provenance tag.</param>
/// <param name="Line">1-based line in the theorem file.</param>
public sealed record Origin(string Text, Provenance Tag, int Line);

/// <summary>The paper a theorem file is about (its ```paper block).</summary>
public sealed record Paper(string Authors, string Title, string Venue, string Arxiv);

/// <summary>Where a theorem comes from: the paper and the result in it.</summary>
/// <param name="Result">The paper's numbering ("Theorem 4.1"), or "derived ..." for BoundCheck-derived results.</param>
/// <param name="Reference">Where BoundCheck's own reading or derivation of it is written up (e.g. "docs/derivations.md#c_h").</param>
public sealed record Source(Paper Paper, string Result, string Reference)
{
    /// <summary>One line: authors, venue, arXiv id and version, result.</summary>
    public override string ToString() => $"{Paper.Authors}; {Paper.Venue}; arXiv:{Paper.Arxiv}; {Result}";
}

/// <summary>A symbol the setting binds. <paramref name="Default"/> (over declared quantities) applies when it is unbound.</summary>
public sealed record Parameter(string Name, Domain Domain, Expr? Default, int Line);

/// <summary><c>define name(params) = body</c>; a constant when <paramref name="Parameters"/> is empty.</summary>
public sealed record TheoremDefinition(string Name, IReadOnlyList<string> Parameters, Expr Body, Origin Origin)
{
    /// <summary>The definition as the Expressions evaluator and inliner take it.</summary>
    public Definition ToExpr() => new(Name, Parameters, Body);
}

/// <summary><c>assume left relation right</c>: must hold for the theorem to apply at a setting.</summary>
/// <param name="Quantities">Vocabulary names it uses (measured or declared); empty when decided by the bindings alone.</param>
public sealed record Hypothesis(Expr Left, Relation Relation, Expr Right, IReadOnlyList<string> Quantities, Origin Origin);

/// <summary>Where a claim is asserted.</summary>
public enum ScopeKind
{
    /// <summary>At the initial parameters theta_0.</summary>
    AtInit,
    /// <summary>Everywhere in B_Spec(rho, rho1; theta_0): per-layer spectral radius rho, output-layer radius rho1.</summary>
    SpectralBall,
    /// <summary>Everywhere in B_Frob(rho, rho1; theta_0).</summary>
    FrobeniusBall,
    /// <summary>Everywhere in B_Euc(R; theta_0).</summary>
    EuclideanBall,
    /// <summary>At every step of full-batch gradient descent.</summary>
    AlongGd,
    /// <summary>Along gradient flow (checked on GD with a small step).</summary>
    AlongGradientFlow,
}

/// <summary>How a claim quantifies over training inputs.</summary>
public enum InputQuantifier { None, ForAll, MaxOver }

/// <summary>The scope of a claim: kind, its arguments (ball radii), and the quantifier over inputs.</summary>
public sealed record Scope(ScopeKind Kind, IReadOnlyList<Expr> Arguments, InputQuantifier Inputs, Origin Origin);

/// <summary><c>probability &gt;= bound</c> over the random initialisation.</summary>
public sealed record Probability(Expr Bound, Origin Origin);

/// <summary>The kind of an asymptotic statement.</summary>
public enum AsymptoticKind { BigO, SoftBigO, Omega, Theta }

/// <summary>How each asymptotic kind is written.</summary>
public static class AsymptoticKinds
{
    /// <summary>As in theorem files: O, O~, Omega, Theta.</summary>
    public static string Symbol(this AsymptoticKind kind) => kind switch
    {
        AsymptoticKind.BigO => "O",
        AsymptoticKind.SoftBigO => "O~",
        AsymptoticKind.Omega => "Omega",
        _ => "Theta",
    };

    /// <summary>LaTeX: O, \tilde{O}, \Omega, \Theta.</summary>
    public static string Latex(this AsymptoticKind kind) => kind switch
    {
        AsymptoticKind.BigO => "O",
        AsymptoticKind.SoftBigO => @"\tilde{O}",
        AsymptoticKind.Omega => @"\Omega",
        _ => @"\Theta",
    };
}

/// <summary>
/// An asymptotic form the paper states (<c>stated O(...)</c>, or <c>abstract O(...)</c> when it is the abstract's
/// wording). <c>poly(L)</c> in <paramref name="Body"/> means an unspecified polynomial in L.
/// </summary>
/// <param name="Label">"stated", "abstract", or for a theorem-level <c>order</c>, the definition it describes.</param>
/// <param name="Condition">The regime the paper states the form for (<c>O(...) for gamma &lt;= 1</c>), or null for every regime.</param>
public sealed record StatedForm(AsymptoticKind Kind, Expr Body, string Label, Origin Origin, FormCondition? Condition = null);

/// <summary>A regime a stated form is restricted to: <c>symbol relation value</c>, e.g. gamma &lt;= 1.</summary>
public sealed record FormCondition(string Symbol, Relation Relation, double Value)
{
    /// <summary>Whether some value x with <c>x relation value</c> also satisfies the condition (the two sets intersect).</summary>
    public bool Allows(Relation relation, double value)
    {
        var (a, b) = (Interval(relation, value), Interval(Relation, Value));
        var (low, lowClosed) = a.Low > b.Low ? (a.Low, a.LowClosed) : a.Low < b.Low ? (b.Low, b.LowClosed) : (a.Low, a.LowClosed && b.LowClosed);
        var (high, highClosed) = a.High < b.High ? (a.High, a.HighClosed) : a.High > b.High ? (b.High, b.HighClosed) : (a.High, a.HighClosed && b.HighClosed);
        return low < high || (low == high && lowClosed && highClosed);
    }

    private static (double Low, bool LowClosed, double High, bool HighClosed) Interval(Relation relation, double v) => relation switch
    {
        Relation.Less => (double.NegativeInfinity, false, v, false),
        Relation.LessOrEqual => (double.NegativeInfinity, false, v, true),
        Relation.Greater => (v, false, double.PositiveInfinity, false),
        Relation.GreaterOrEqual => (v, true, double.PositiveInfinity, false),
        _ => (v, true, v, true),
    };

    /// <summary>"gamma &lt;= 1".</summary>
    public override string ToString() => $"{Symbol} {Relation.Symbol()} {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary><c>order definition O(...)</c>: the paper's stated order of one of the theorem's definitions.</summary>
public sealed record Order(string Definition, StatedForm Form);

/// <summary>A checkable claim: <c>quantity relation bound</c> over a scope, possibly with a probability.</summary>
/// <param name="Name">Short name unique in its theorem ("hessian").</param>
/// <param name="Quantity">A measured quantity of the <see cref="Vocabulary"/>.</param>
/// <param name="Bound">The bound; when <paramref name="ConstantKnown"/> is false, the O-form without its constant.</param>
/// <param name="UnknownFactor">The factor the unknown constant may depend on (e.g. poly(L)), or null.</param>
public sealed record Claim(
    string Name,
    string Quantity,
    Relation Relation,
    Expr Bound,
    Origin Origin,
    Scope Scope,
    Probability? Probability,
    bool ConstantKnown,
    Expr? UnknownFactor,
    IReadOnlyList<StatedForm> Stated,
    IReadOnlyList<string> Notes);

/// <summary>One theorem of a theorem file (one ```theorem block).</summary>
/// <param name="Model">Model family name (<see cref="ModelFamilies"/>).</param>
/// <param name="Init">Initialisation the claims assume ("gaussian", "positive", ...).</param>
/// <param name="Orders">Theorem-level stated orders of definitions (<c>order name O(...)</c>).</param>
/// <param name="Prose">The Markdown around the block, for the report.</param>
/// <param name="File">Path of the theorem file.</param>
/// <param name="Line">Line of the block's first content line.</param>
/// <param name="Caveats">The theorem file's preamble (what could and could not be checked against the paper), for every section.</param>
/// <param name="Text">The block's lines and those of every block it uses, transitively: what a cached result depends on.</param>
public sealed record Theorem(
    string Id,
    string Title,
    Source Source,
    string Model,
    string Init,
    IReadOnlyList<Parameter> Parameters,
    IReadOnlyList<TheoremDefinition> Definitions,
    IReadOnlyList<Hypothesis> Hypotheses,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Order> Orders,
    string Prose,
    string File,
    int Line,
    string Caveats = "",
    string Text = "")
{
    /// <summary>Every tagged formula of the theorem, in file order.</summary>
    public IEnumerable<Origin> Formulas =>
        Definitions.Select(d => d.Origin)
            .Concat(Hypotheses.Select(h => h.Origin))
            .Concat(Claims.SelectMany(ClaimFormulas))
            .Concat(Orders.Select(o => o.Form.Origin))
            .OrderBy(o => o.Line);

    /// <summary>Counts per tag, e.g. "2 verbatim, 5 reconstructed, 3 derived".</summary>
    public string ProvenanceSummary =>
        string.Join(", ", Enum.GetValues<Provenance>()
            .Select(tag => (tag, count: Formulas.Count(f => f.Tag == tag)))
            .Where(x => x.count > 0)
            .Select(x => $"{x.count} {x.tag.Name()}"));

    /// <summary>needs-PDF-check when any formula is reconstructed.</summary>
    public string Status => Formulas.Any(f => f.Tag == Provenance.Reconstructed) ? "needs-PDF-check" : "ok";

    /// <summary>The measured quantities the theorem's claims and hypotheses use (what the Validator must measure).</summary>
    public IReadOnlyList<string> Measures =>
        Claims.Select(c => c.Quantity)
            .Concat(Hypotheses.SelectMany(h => h.Quantities))
            .Concat(Definitions.SelectMany(d => FreeSymbols.Names(d.Body)))
            .Concat(Claims.SelectMany(c => FreeSymbols.Names(c.Bound)))
            .Where(Vocabulary.IsMeasured)
            .Distinct()
            .ToList();

    /// <summary>The claim called <paramref name="name"/>, or null.</summary>
    public Claim? FindClaim(string name) => Claims.FirstOrDefault(c => c.Name == name);

    private static IEnumerable<Origin> ClaimFormulas(Claim c) =>
        new[] { c.Origin, c.Scope.Origin }
            .Concat(c.Probability is null ? [] : [c.Probability.Origin])
            .Concat(c.Stated.Select(s => s.Origin));
}
