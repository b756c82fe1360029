using System.Text;

namespace BoundCheck.Report.Latex;

/// <summary>Recursive-descent LaTeX-math parser that writes MathML as it goes.</summary>
internal sealed partial class LatexParser(string text)
{
    private readonly string _s = text;
    private int _pos;

    /// <summary>An atom's MathML and whether its scripts go under/over (\sum, \max, ...).</summary>
    private readonly record struct Atom(string Xml, bool Limits, bool SpaceAfter = false);

    public string ParseAll()
    {
        var items = ParseSequence(Stop.End);
        return string.Concat(items);
    }

    private enum Stop { End, Brace, Right, Bracket }

    private List<string> ParseSequence(Stop stop)
    {
        var items = new List<string>();
        while (true)
        {
            SkipSpace();
            if (_pos >= _s.Length)
            {
                return stop == Stop.End ? items : throw Error(stop == Stop.Right ? "\\left without \\right" : "unclosed '{'");
            }
            var c = _s[_pos];
            if (c == '}')
            {
                return stop == Stop.Brace ? items : throw Error("unbalanced '}'");
            }
            if (c == ']' && stop == Stop.Bracket)
            {
                return items;
            }
            if (stop == Stop.Right && LookingAtCommand("right"))
            {
                return items;
            }
            var atom = c is '^' or '_' ? new Atom("<mrow></mrow>", false) : ParseAtom(inSequence: true);
            var scripted = ParseScripts(atom);
            items.Add(scripted);
            SkipSpace();
            if (atom.SpaceAfter && _pos < _s.Length && _s[_pos] is not ('(' or '}' or ']') && !LookingAtCommand("left"))
            {
                items.Add(ThinSpace);
            }
        }
    }

    private string ParseScripts(Atom atom)
    {
        string? sub = null;
        string? sup = null;
        var primes = string.Empty;
        while (true)
        {
            SkipSpace();
            var c = _pos < _s.Length ? _s[_pos] : '\0';
            if (c == '\'')
            {
                _pos++;
                primes += "<mo>′</mo>";
            }
            else if (c == '^')
            {
                _pos++;
                sup = sup is null ? ParseArgument() : throw Error("double superscript");
            }
            else if (c == '_')
            {
                _pos++;
                sub = sub is null ? ParseArgument() : throw Error("double subscript");
            }
            else
            {
                break;
            }
        }
        if (primes.Length > 0)
        {
            sup = $"<mrow>{primes}{sup}</mrow>";
        }
        var (under, over, both) = atom.Limits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup");
        return (sub, sup) switch
        {
            (null, null) => atom.Xml,
            (not null, null) => $"<{under}>{atom.Xml}{sub}</{under}>",
            (null, not null) => $"<{over}>{atom.Xml}{sup}</{over}>",
            _ => $"<{both}>{atom.Xml}{sub}{sup}</{both}>",
        };
    }

    /// <summary>One argument: a braced group, a command, or a single character.</summary>
    private string ParseArgument()
    {
        SkipSpace();
        if (_pos >= _s.Length)
        {
            throw Error("missing argument");
        }
        return ParseAtom(inSequence: false).Xml;
    }

    private Atom ParseAtom(bool inSequence)
    {
        var c = _s[_pos];
        switch (c)
        {
            case '{':
                _pos++;
                var group = ParseSequence(Stop.Brace);
                _pos++;
                return new Atom(Row(group), false);
            case '\\':
                return ParseCommand();
            case >= '0' and <= '9':
                return new Atom($"<mn>{ReadNumber(inSequence)}</mn>", false);
            case '}' or '^' or '_' or '&' or '#' or '%' or '$':
                throw Error($"unexpected '{c}'");
        }
        _pos++;
        if (char.IsLetter(c))
        {
            return new Atom($"<mi>{Escape(c.ToString())}</mi>", false);
        }
        return c switch
        {
            '-' => new Atom("<mo>−</mo>", false),
            '~' => new Atom("<mspace width=\"0.25em\"></mspace>", false),
            '(' or ')' or '[' or ']' or '|' or '/' => new Atom($"<mo stretchy=\"false\">{c}</mo>", false),
            _ => new Atom($"<mo>{Escape(c.ToString())}</mo>", false),
        };
    }

    private string ReadNumber(bool inSequence)
    {
        var start = _pos++;
        while (inSequence && _pos < _s.Length &&
               (char.IsAsciiDigit(_s[_pos]) || (_s[_pos] == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1]))))
        {
            _pos++;
        }
        return _s[start.._pos];
    }

    private static string Row(List<string> items) => items.Count == 1 ? items[0] : $"<mrow>{string.Concat(items)}</mrow>";

    private void SkipSpace()
    {
        while (_pos < _s.Length && char.IsWhiteSpace(_s[_pos]))
        {
            _pos++;
        }
    }

    private bool LookingAtCommand(string name) =>
        string.CompareOrdinal(_s, _pos, "\\" + name, 0, name.Length + 1) == 0 &&
        (_pos + name.Length + 1 >= _s.Length || !char.IsAsciiLetter(_s[_pos + name.Length + 1]));

    private string ReadCommandName()
    {
        _pos++; // the backslash
        if (_pos >= _s.Length)
        {
            throw Error("lone backslash");
        }
        var start = _pos;
        if (!char.IsAsciiLetter(_s[_pos]))
        {
            return _s[_pos++].ToString();
        }
        while (_pos < _s.Length && char.IsAsciiLetter(_s[_pos]))
        {
            _pos++;
        }
        return _s[start.._pos];
    }

    /// <summary>The raw text of a braced argument (for \text, \mathrm, \mathbb, ...).</summary>
    private string ReadRawGroup()
    {
        SkipSpace();
        if (_pos >= _s.Length || _s[_pos] != '{')
        {
            return _pos < _s.Length ? _s[_pos++].ToString() : throw Error("missing argument");
        }
        var depth = 0;
        var builder = new StringBuilder();
        for (; _pos < _s.Length; _pos++)
        {
            var c = _s[_pos];
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                _pos++;
                return builder.ToString(1, builder.Length - 1);
            }
            builder.Append(c);
        }
        throw Error("unclosed '{'");
    }

    private static string Escape(string text) => Formatting.Xml.Escape(text);

    private LatexException Error(string what) => new($"{what} at {_pos}");
}
