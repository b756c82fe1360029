using System.Text;

namespace BoundCheck.Report.Latex;

internal sealed partial class LatexParser
{
    private const string ThinSpace = "<mspace width=\"0.1667em\"></mspace>";

    private Atom ParseCommand()
    {
        var start = _pos;
        var name = ReadCommandName();
        if (LatexSymbols.Spaces.TryGetValue(name, out var width))
        {
            return new Atom($"<mspace width=\"{width}\"></mspace>", false);
        }
        if (LatexSymbols.Identifiers.TryGetValue(name, out var identifier))
        {
            var upright = char.IsUpper(name[0]) ? " mathvariant=\"normal\"" : string.Empty;
            return new Atom($"<mi{upright}>{identifier}</mi>", false);
        }
        if (LatexSymbols.Operators.TryGetValue(name, out var op))
        {
            var fence = op is "|" or "‖" or "{" or "}" or "⟨" or "⟩" ? " stretchy=\"false\"" : string.Empty;
            return new Atom($"<mo{fence}>{Escape(op)}</mo>", false);
        }
        if (LatexSymbols.LargeOperators.TryGetValue(name, out var large))
        {
            return new Atom($"<mo largeop=\"true\" movablelimits=\"true\">{large}</mo>", name != "int");
        }
        if (LatexSymbols.Functions.Contains(name))
        {
            return new Atom($"<mi>{name}</mi>", LatexSymbols.LimitFunctions.Contains(name), SpaceAfter: true);
        }
        if (LatexSymbols.Accents.TryGetValue(name, out var accent))
        {
            var stretchy = name.StartsWith("wide", StringComparison.Ordinal) || name == "overline" ? "true" : "false";
            return new Atom($"<mover accent=\"true\">{ParseArgument()}<mo stretchy=\"{stretchy}\">{Escape(accent)}</mo></mover>", false);
        }
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var numerator = ParseArgument();
                return new Atom($"<mfrac>{numerator}{ParseArgument()}</mfrac>", false);
            case "sqrt":
                return new Atom(ParseRoot(), false);
            case "left":
                return new Atom(ParseFenced(), false);
            case "text" or "textrm" or "mbox" or "textit":
                return new Atom($"<mtext>{Escape(ReadRawGroup())}</mtext>", false);
            case "mathrm" or "mathsf":
                return new Atom(Upright(ReadRawGroup()), false);
            case "operatorname":
                var limits = TryConsume('*');
                return new Atom($"<mi>{Escape(ReadRawGroup().Trim())}</mi>", limits, SpaceAfter: true);
            case "mathbb":
                return new Atom(Letters(ReadRawGroup(), LatexSymbols.DoubleStruck), false);
            case "mathcal":
                return new Atom(Letters(ReadRawGroup(), LatexSymbols.Calligraphic), false);
            case "mathbf" or "boldsymbol" or "bm":
                return new Atom($"<mrow style=\"font-weight:bold\">{ParseArgument()}</mrow>", false);
            case "displaystyle" or "textstyle" or "limits" or "nolimits":
                return new Atom("<mrow></mrow>", false);
            case "big" or "bigl" or "bigr" or "Big" or "Bigl" or "Bigr" or "bigg" or "biggl" or "biggr" or "Bigg" or "Biggl" or "Biggr":
                var size = name[..(name.StartsWith("bigg", StringComparison.OrdinalIgnoreCase) ? 4 : 3)] switch
                {
                    "big" => "1.2em", "Big" => "1.623em", "bigg" => "2.047em", _ => "2.470em",
                };
                return new Atom($"<mo minsize=\"{size}\" maxsize=\"{size}\">{Escape(ReadDelimiter())}</mo>", false);
        }
        _pos = start;
        throw Error($"unknown command \\{name}");
    }

    private string ParseRoot()
    {
        SkipSpace();
        if (TryConsume('['))
        {
            var index = ParseSequence(Stop.Bracket);
            _pos++;
            var radicand = ParseArgument();
            return $"<mroot>{radicand}{Row(index)}</mroot>";
        }
        return $"<msqrt>{ParseArgument()}</msqrt>";
    }

    // \left( ... \right): the fences stretch to the content (MathML Core operator dictionary).
    private string ParseFenced()
    {
        var open = ReadDelimiter();
        var body = ParseSequence(Stop.Right);
        ReadCommandName(); // \right, guaranteed by ParseSequence(Stop.Right)
        var close = ReadDelimiter();
        var builder = new StringBuilder("<mrow>");
        if (open.Length > 0)
        {
            builder.Append($"<mo fence=\"true\">{Escape(open)}</mo>");
        }
        builder.Append(string.Concat(body));
        if (close.Length > 0)
        {
            builder.Append($"<mo fence=\"true\">{Escape(close)}</mo>");
        }
        return builder.Append("</mrow>").ToString();
    }

    /// <summary>A delimiter after \left, \right or \big: a character or a command; "." is the empty one.</summary>
    private string ReadDelimiter()
    {
        SkipSpace();
        if (_pos >= _s.Length)
        {
            throw Error("missing delimiter");
        }
        if (_s[_pos] != '\\')
        {
            var c = _s[_pos++];
            return c switch
            {
                '.' => string.Empty,
                '(' or ')' or '[' or ']' or '|' or '/' or '<' or '>' => c.ToString(),
                _ => throw Error($"bad delimiter '{c}'"),
            };
        }
        var name = ReadCommandName();
        return LatexSymbols.Operators.TryGetValue(name, out var op) && name is "{" or "}" or "|" or "vert" or "Vert"
            or "lvert" or "rvert" or "lVert" or "rVert" or "langle" or "rangle" or "lceil" or "rceil" or "lfloor" or "rfloor"
            ? op
            : throw Error($"bad delimiter \\{name}");
    }

    private bool TryConsume(char c)
    {
        if (_pos < _s.Length && _s[_pos] == c)
        {
            _pos++;
            return true;
        }
        return false;
    }

    private string Upright(string text)
    {
        // Escaped underscores are text (vocabulary names such as input\_norm\_max); any other command is not.
        text = text.Replace("\\_", "_", StringComparison.Ordinal);
        if (text.Contains('\\', StringComparison.Ordinal))
        {
            throw Error("command inside \\mathrm");
        }
        var trimmed = text.Trim();
        return trimmed.Length == 1
            ? $"<mi mathvariant=\"normal\">{Escape(trimmed)}</mi>"
            : $"<mi>{Escape(trimmed)}</mi>";
    }

    private static string Letters(string text, Func<char, string> map) =>
        $"<mi>{Escape(string.Concat(text.Trim().Select(map)))}</mi>";
}
