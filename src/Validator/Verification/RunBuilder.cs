using System.Globalization;
using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>Assembles the report's records (results.json) from theorem checks.</summary>
public static class RunBuilder
{
    /// <summary>The section of one theorem: statement, prose, and the claims of every setting it was checked at.</summary>
    public static TheoremSection Section(Theorem theorem, IReadOnlyList<TheoremCheck> checks, IEnumerable<string> notes,
        IReadOnlyList<FitResult>? fits = null, IReadOnlyList<Table>? tables = null, IReadOnlyList<Plot>? extraPlots = null)
    {
        var statement = string.Join("\n", theorem.Claims.Select(c =>
            $"{c.Name}: {c.Quantity} {c.Relation.Symbol()} {(c.ConstantKnown ? "" : "C * ")}{ExprPrinter.Print(c.Bound)} ({ScopeText.Describe(c.Scope)})"));
        var latex = string.Join(@" \qquad ", theorem.Claims.Select(c =>
            $@"\text{{{Escape(c.Quantity)}}} {c.Relation.Latex()} {(c.ConstantKnown ? "" : "C \\cdot ")}{Formula.Latex(c.Bound)}"));
        var allNotes = notes
            .Concat(theorem.Claims.SelectMany(c => c.Notes.Select(n => $"{c.Name}: {n}")))
            .Concat(theorem.Claims.Where(c => c.Probability is not null).Select(c =>
                $"{c.Name}: stated with probability at least {ExprPrinter.Print(c.Probability!.Bound)} over the initialisation [{c.Probability.Origin.Tag.Name()}]"))
            .Concat(theorem.Claims.SelectMany(c => c.Stated.Select(s =>
                $"{c.Name}: the paper's {s.Label} form is {s.Kind.Symbol()}({ExprPrinter.Print(s.Body)}) [{s.Origin.Tag.Name()}]")))
            .ToList();
        return new TheoremSection(
            theorem.Id, theorem.Title, theorem.Source.ToString(), statement, latex, DemoteHeadings(theorem.Prose), allNotes,
            [.. checks.SelectMany(c => c.Claims)], fits ?? [], tables ?? [Bindings(checks)],
            [.. checks.SelectMany(c => c.Plots).Concat(extraPlots ?? [])], DemoteHeadings(theorem.Caveats));
    }

    /// <summary>A table of the parameter values each setting used.</summary>
    public static Table Bindings(IReadOnlyList<TheoremCheck> checks)
    {
        var names = checks.SelectMany(c => c.Bindings.Keys).Where(k => !k.Contains('.', StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new Table("Parameter values at each setting", ["setting", .. names],
            [.. checks.Select(c => (IReadOnlyList<string>)[c.Setting, .. names.Select(n =>
                c.Bindings.TryGetValue(n, out var v) ? v.ToString("G6", CultureInfo.InvariantCulture) : "—")])]);
    }

    /// <summary>The provenance block of a run.</summary>
    /// <summary>
    /// For a setting with an architecture variant (residual connections, biases): a note that the theorem's model
    /// does not include it, so the check says whether the bound still holds there, not whether the theorem does.
    /// </summary>
    public static string? VariantNote(Theorem theorem, SettingSpec spec)
    {
        var parts = new List<string>();
        if (spec.Residual)
        {
            parts.Add("residual connections on the equal-width hidden layers l >= 2");
        }
        if (spec.Biases)
        {
            parts.Add("a bias vector per layer (initialised to 0)");
        }
        return parts.Count == 0
            ? null
            : $"Architecture variant: {string.Join(" and ", parts)}. The theorem's model ({theorem.Model}) has neither, so its "
              + "hypotheses do not cover this network: a holds or violated here says whether the bound still holds on the variant.";
    }

    public static RunProvenance Provenance(string backend, IReadOnlyList<int> seeds, DateTimeOffset started, string commandLine, string repository) =>
        new(RunEnvironment.Version, RunEnvironment.GitCommit(repository), RunEnvironment.Os, RunEnvironment.Cpu, backend,
            LinearAlgebra.Blas.OpenBlasOrNull?.Threads ?? 1, seeds, started, (DateTimeOffset.Now - started).TotalSeconds, commandLine);

    // The theorem file's own headings sit under the report's theorem heading (##): push them below its ### parts.
    private static string DemoteHeadings(string prose) =>
        string.Join("\n", prose.Split('\n').Select(line =>
        {
            var level = line.TakeWhile(c => c == '#').Count();
            return level is > 0 and <= 6 && line.Length > level && line[level] == ' ' ? new string('#', Math.Min(6, level + 2)) + line[level..] : line;
        }));

    private static string Escape(string text) => text.Replace("_", @"\_", StringComparison.Ordinal);
}
