using System.Collections.Frozen;

namespace BoundCheck.Report.Latex;

/// <summary>The LaTeX commands the MathML converter knows, by what they become.</summary>
internal static class LatexSymbols
{
    /// <summary>Identifiers: Greek letters and letter-like symbols.</summary>
    public static readonly FrozenDictionary<string, string> Identifiers = new Dictionary<string, string>
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ",
        ["varepsilon"] = "ε", ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ",
        ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ",
        ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ", ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ",
        ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ",
        ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["infty"] = "∞", ["nabla"] = "∇", ["partial"] = "∂", ["ell"] = "ℓ", ["emptyset"] = "∅",
    }.ToFrozenDictionary();

    /// <summary>Operators and relations.</summary>
    public static readonly FrozenDictionary<string, string> Operators = new Dictionary<string, string>
    {
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠",
        ["lt"] = "<", ["gt"] = ">", ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃", ["equiv"] = "≡",
        ["ll"] = "≪", ["gg"] = "≫", ["propto"] = "∝", ["cdot"] = "⋅", ["times"] = "×", ["pm"] = "±",
        ["mp"] = "∓", ["div"] = "÷", ["circ"] = "∘", ["otimes"] = "⊗", ["oplus"] = "⊕", ["in"] = "∈",
        ["notin"] = "∉", ["subset"] = "⊂", ["subseteq"] = "⊆", ["cup"] = "∪", ["cap"] = "∩",
        ["setminus"] = "∖", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["mapsto"] = "↦",
        ["Rightarrow"] = "⇒", ["implies"] = "⟹", ["iff"] = "⟺", ["forall"] = "∀", ["exists"] = "∃",
        ["neg"] = "¬", ["land"] = "∧", ["lor"] = "∨", ["mid"] = "∣", ["ldots"] = "…", ["cdots"] = "⋯",
        ["dots"] = "…", ["|"] = "‖", ["Vert"] = "‖", ["vert"] = "|", ["lvert"] = "|", ["rvert"] = "|",
        ["lVert"] = "‖", ["rVert"] = "‖", ["langle"] = "⟨", ["rangle"] = "⟩", ["lceil"] = "⌈",
        ["rceil"] = "⌉", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["{"] = "{", ["}"] = "}", ["#"] = "#",
        ["%"] = "%", ["&"] = "&", ["_"] = "_", ["$"] = "$", ["top"] = "⊤", ["prime"] = "′",
    }.ToFrozenDictionary();

    /// <summary>Large operators that take limits (sub/superscripts set under/over in display math).</summary>
    public static readonly FrozenDictionary<string, string> LargeOperators = new Dictionary<string, string>
    {
        ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["bigcup"] = "⋃", ["bigcap"] = "⋂",
    }.ToFrozenDictionary();

    /// <summary>Upright function names (\log, \max, ...); the ones in <see cref="LimitFunctions"/> take limits.</summary>
    public static readonly FrozenSet<string> Functions = new[]
    {
        "log", "ln", "exp", "min", "max", "sup", "inf", "lim", "liminf", "limsup", "sin", "cos", "tan",
        "tanh", "det", "arg", "argmin", "argmax", "Pr", "dim", "ker", "rank", "tr", "deg", "gcd",
    }.ToFrozenSet();

    /// <summary>Function names whose scripts go under/over in display math.</summary>
    public static readonly FrozenSet<string> LimitFunctions = new[]
    {
        "min", "max", "sup", "inf", "lim", "liminf", "limsup", "argmin", "argmax", "Pr",
    }.ToFrozenSet();

    /// <summary>Horizontal spaces, as MathML widths.</summary>
    public static readonly FrozenDictionary<string, string> Spaces = new Dictionary<string, string>
    {
        ["quad"] = "1em", ["qquad"] = "2em", [";"] = "0.2778em", [":"] = "0.2222em", [">"] = "0.2222em",
        [","] = "0.1667em", [" "] = "0.25em", ["!"] = "0em",
    }.ToFrozenDictionary();

    /// <summary>Accents: the character placed over the argument.</summary>
    public static readonly FrozenDictionary<string, string> Accents = new Dictionary<string, string>
    {
        ["hat"] = "^", ["widehat"] = "^", ["bar"] = "¯", ["overline"] = "¯", ["tilde"] = "~",
        ["widetilde"] = "~", ["dot"] = "˙", ["ddot"] = "¨", ["vec"] = "→",
    }.ToFrozenDictionary();

    /// <summary>Blackboard bold capitals: the letter-like code points where Unicode has them.</summary>
    public static string DoubleStruck(char c) => c switch
    {
        'C' => "ℂ", 'H' => "ℍ", 'N' => "ℕ", 'P' => "ℙ", 'Q' => "ℚ", 'R' => "ℝ", 'Z' => "ℤ",
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D538 + (c - 'A')),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D552 + (c - 'a')),
        >= '0' and <= '9' => char.ConvertFromUtf32(0x1D7D8 + (c - '0')),
        _ => c.ToString(),
    };

    /// <summary>Calligraphic capitals (\mathcal).</summary>
    public static string Calligraphic(char c) => c switch
    {
        'B' => "ℬ", 'E' => "ℰ", 'F' => "ℱ", 'H' => "ℋ", 'I' => "ℐ", 'L' => "ℒ", 'M' => "ℳ", 'R' => "ℛ",
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D49C + (c - 'A')),
        _ => c.ToString(),
    };
}
