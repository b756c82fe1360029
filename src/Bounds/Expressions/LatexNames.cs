namespace BoundCheck.Bounds.Expressions;

/// <summary>LaTeX for identifiers: sigma0 -> \sigma_{0}, beta_phi -> \beta_{\phi}, c_H -> c_{H}, σ0 -> \sigma_{0}.</summary>
internal static class LatexNames
{
    private static readonly string[] Greek =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    ];

    private static readonly Dictionary<char, string> GreekLetters = new()
    {
        ['α'] = "alpha", ['β'] = "beta", ['γ'] = "gamma", ['δ'] = "delta", ['ε'] = "epsilon", ['ζ'] = "zeta",
        ['η'] = "eta", ['θ'] = "theta", ['ι'] = "iota", ['κ'] = "kappa", ['λ'] = "lambda", ['μ'] = "mu", ['ν'] = "nu",
        ['ξ'] = "xi", ['π'] = "pi", ['ρ'] = "rho", ['σ'] = "sigma", ['τ'] = "tau", ['υ'] = "upsilon", ['φ'] = "phi",
        ['χ'] = "chi", ['ψ'] = "psi", ['ω'] = "omega", ['Γ'] = "Gamma", ['Δ'] = "Delta", ['Θ'] = "Theta",
        ['Λ'] = "Lambda", ['Ξ'] = "Xi", ['Π'] = "Pi", ['Σ'] = "Sigma", ['Φ'] = "Phi", ['Ψ'] = "Psi", ['Ω'] = "Omega",
    };

    /// <summary>A symbol name; <paramref name="operatorName"/> selects \operatorname for multi-letter function names.</summary>
    public static string Name(string name, bool operatorName = false)
    {
        // Dotted names (activation.phi0) and word_word names (input_norm_max) are vocabulary words, set upright whole.
        if (name.Contains('.') || IsWordName(name))
        {
            return $"\\mathrm{{{name.Replace("_", "\\_", StringComparison.Ordinal)}}}";
        }
        var ascii = string.Concat(name.Select(c => GreekLetters.TryGetValue(c, out var g) ? g : c.ToString()));
        var underscore = ascii.IndexOf('_');
        var (head, sub) = underscore > 0 ? (ascii[..underscore], ascii[(underscore + 1)..]) : SplitTrailingDigits(ascii);
        var headLatex = Part(head, operatorName);
        return sub.Length == 0 ? headLatex : $"{headLatex}_{{{Part(sub, false)}}}";
    }

    private static bool IsWordName(string name)
    {
        var parts = name.Split('_');
        return parts.Length > 2 || (parts.Length == 2 && parts[0].Length > 1 && !Greek.Contains(parts[0]) && parts[1].Length > 1 && !Greek.Contains(parts[1]));
    }

    private static (string Head, string Digits) SplitTrailingDigits(string name)
    {
        var end = name.Length;
        while (end > 1 && char.IsDigit(name[end - 1])) end--;
        return (name[..end], name[end..]);
    }

    private static string Part(string part, bool operatorName) =>
        Greek.Contains(part) ? "\\" + part
        : part.Length <= 1 || part.All(char.IsDigit) ? part
        : operatorName ? $"\\operatorname{{{part}}}"
        : $"\\mathrm{{{part}}}";
}
