using System.Text;

namespace BoundCheck.Cli.Commands;

/// <summary>The plain-text form of <see cref="TheoremView"/> printed by <c>show</c>.</summary>
internal static class TheoremText
{
    public static string Render(TheoremView v)
    {
        var s = new StringBuilder();
        s.AppendLine($"{v.Id}: {v.Title}");
        s.AppendLine($"  source:     {v.Source}{(v.Reference.Length > 0 ? $" ({v.Reference})" : "")}");
        s.AppendLine($"  model:      {v.Model}, init {v.Init}");
        s.AppendLine($"  provenance: {v.Provenance}; status {v.Status}");
        s.AppendLine($"  measures:   {string.Join(", ", v.Measures)}");
        Section(s, "parameters", v.Parameters.Select(p => $"{p.Name} {p.Domain}{(p.Default is null ? "" : $" (default {p.Default})")}"));
        Section(s, "definitions", v.Definitions.SelectMany(Formula));
        Section(s, "hypotheses", v.Hypotheses.SelectMany(Formula));
        Section(s, "orders", v.Orders.SelectMany(Formula));
        s.AppendLine("claims");
        foreach (var c in v.Claims)
        {
            s.AppendLine($"  {c.Name}: {c.Statement}   [{c.Tag}]");
            s.AppendLine($"    latex: {c.Latex}");
            s.AppendLine($"    scope: {c.Scope}");
            if (c.Probability is { } p)
            {
                s.AppendLine($"    {p.Text}   [{p.Tag}]");
            }
            if (!c.ConstantKnown)
            {
                s.AppendLine($"    constant unknown{(c.UnknownFactor is null ? "" : $" (may depend on {c.UnknownFactor})")}: the bound is the O-form without its constant");
            }
            foreach (var f in c.Stated)
            {
                s.AppendLine($"    {f.Text}   [{f.Tag}]");
            }
            foreach (var n in c.Notes)
            {
                s.AppendLine($"    note: {n}");
            }
        }
        if (v.Growth.Count > 0)
        {
            s.AppendLine("growth of the explicit bounds against the stated forms");
            foreach (var g in v.Growth)
            {
                s.AppendLine($"  {g.Subject}, {g.Form}, in {g.Variable}, {g.Regime}: explicit {g.Explicit}; stated {g.Stated} -> {g.Verdict}");
            }
        }
        return s.ToString().TrimEnd();
    }

    private static IEnumerable<string> Formula(TheoremView.FormulaView f) => [$"{f.Text}   [{f.Tag}]", $"  latex: {f.Latex}"];

    private static void Section(StringBuilder s, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }
        s.AppendLine(title);
        foreach (var line in list)
        {
            s.AppendLine($"  {line}");
        }
    }
}
