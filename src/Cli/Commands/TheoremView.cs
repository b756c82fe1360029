using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Cli.Commands;

/// <summary>What <c>show</c> prints about a theorem: plain text, LaTeX and tags of every formula (also its JSON shape).</summary>
internal sealed record TheoremView(
    string Id,
    string Title,
    string Source,
    string Reference,
    string Model,
    string Init,
    string Status,
    string Provenance,
    IReadOnlyList<TheoremView.ParameterView> Parameters,
    IReadOnlyList<TheoremView.FormulaView> Definitions,
    IReadOnlyList<TheoremView.FormulaView> Hypotheses,
    IReadOnlyList<TheoremView.ClaimView> Claims,
    IReadOnlyList<TheoremView.FormulaView> Orders,
    IReadOnlyList<string> Measures,
    IReadOnlyList<TheoremView.GrowthView> Growth,
    string Prose)
{
    /// <summary>One consistency check: derived growth of the explicit bound against a stated form.</summary>
    public sealed record GrowthView(string Subject, string Form, string Variable, string Regime, string Explicit, string Stated, string Verdict, string Message);

    public sealed record ParameterView(string Name, string Domain, string? Default);

    public sealed record FormulaView(string Text, string Latex, string Tag);

    public sealed record ClaimView(
        string Name,
        string Statement,
        string Latex,
        string Tag,
        string Scope,
        FormulaView? Probability,
        bool ConstantKnown,
        string? UnknownFactor,
        IReadOnlyList<FormulaView> Stated,
        IReadOnlyList<string> Notes);

    public static TheoremView Of(Theorem t) => new(
        t.Id, t.Title, t.Source.ToString(), t.Source.Reference, t.Model, t.Init, t.Status, t.ProvenanceSummary,
        t.Parameters.Select(p => new ParameterView(p.Name, p.Domain.ToString(), p.Default?.ToString())).ToList(),
        t.Definitions.Select(Definition).ToList(),
        t.Hypotheses.Select(h => new FormulaView(h.Origin.Text, Relation(h.Left, h.Relation, h.Right), h.Origin.Tag.Name())).ToList(),
        t.Claims.Select(Claim).ToList(),
        t.Orders.Select(o => Form(o.Form, o.Definition)).ToList(),
        t.Measures,
        Consistency.Check(t).Select(g => new GrowthView(g.Subject, g.Form, g.Variable, g.Regime, g.ExplicitGrowth, g.StatedGrowth, Verdict(g.Verdict), g.Message)).ToList(),
        t.Prose);

    private static string Verdict(GrowthVerdict verdict) => verdict switch
    {
        GrowthVerdict.Consistent => "consistent",
        GrowthVerdict.Inconsistent => "inconsistent",
        _ => "not-derivable",
    };

    private static FormulaView Definition(TheoremDefinition d)
    {
        Expr head = d.Parameters.Count == 0 ? new Sym(d.Name) : new Apply(d.Name, new ExprList(d.Parameters.Select(p => (Expr)new Sym(p))));
        return new FormulaView(d.Origin.Text, $"{LatexPrinter.Print(head)} = {LatexPrinter.Print(d.Body)}", d.Origin.Tag.Name());
    }

    private static ClaimView Claim(Claim c) => new(
        c.Name,
        $"{c.Quantity} {c.Relation.Symbol()} {c.Bound}",
        Relation(new Sym(c.Quantity), c.Relation, c.Bound),
        c.Origin.Tag.Name(),
        c.Scope.Origin.Text,
        c.Probability is { } p ? new FormulaView($"probability >= {p.Bound}", $@"\Pr \ge {LatexPrinter.Print(p.Bound)}", p.Origin.Tag.Name()) : null,
        c.ConstantKnown,
        c.UnknownFactor?.ToString(),
        c.Stated.Select(s => Form(s, s.Label)).ToList(),
        c.Notes);

    private static FormulaView Form(StatedForm s, string label) =>
        new($"{label} {s.Kind.Symbol()}({s.Body})", $@"{s.Kind.Latex()}\left({LatexPrinter.Print(s.Body)}\right)", s.Origin.Tag.Name());

    private static string Relation(Expr left, Relation relation, Expr right) =>
        $"{LatexPrinter.Print(left)} {relation.Latex()} {LatexPrinter.Print(right)}";
}
