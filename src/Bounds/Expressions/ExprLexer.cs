namespace BoundCheck.Bounds.Expressions;

internal enum TokenKind
{
    Number,
    Identifier,
    Operator,
    End,
}

internal sealed record Token(TokenKind Kind, string Text, int Line, int Column)
{
    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.Number => $"number '{Text}'",
        TokenKind.Identifier => $"'{Text}'",
        _ => $"'{Text}'",
    };
}

/// <summary>Splits expression text into tokens with 1-based line/column positions.</summary>
internal static class ExprLexer
{
    private static readonly string[] Operators = ["..", "+", "-", "*", "/", "^", "(", ")", ",", "="];

    public static (List<Token> Tokens, ExprParseError? Error) Tokenize(string text, int firstLine, int firstColumn)
    {
        var tokens = new List<Token>();
        var line = firstLine;
        var column = firstColumn;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                column++;
                continue;
            }
            var length = char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])) ? NumberLength(text, i)
                : IsIdentifierStart(c) ? IdentifierLength(text, i)
                : 0;
            TokenKind kind;
            if (length > 0)
            {
                kind = char.IsDigit(c) || c == '.' ? TokenKind.Number : TokenKind.Identifier;
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0);
                if (op is null)
                {
                    return (tokens, new ExprParseError(line, column, "an expression", $"'{c}'"));
                }
                kind = TokenKind.Operator;
                length = op.Length;
            }
            tokens.Add(new Token(kind, text.Substring(i, length), line, column));
            i += length;
            column += length;
        }
        tokens.Add(new Token(TokenKind.End, "", line, column));
        return (tokens, null);
    }

    public static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);

    // digits [. digits] [e [+-] digits]; a '.' followed by '.' is the range operator, not a decimal point.
    private static int NumberLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.' && !(i + 1 < text.Length && text[i + 1] == '.'))
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i])) i++;
        }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
            if (j < text.Length && char.IsDigit(text[j]))
            {
                while (j < text.Length && char.IsDigit(text[j])) j++;
                i = j;
            }
        }
        return i - start;
    }

    // identifier parts joined by single dots: activation.lipschitz
    private static int IdentifierLength(string text, int start)
    {
        var i = start;
        while (true)
        {
            while (i < text.Length && IsIdentifierPart(text[i])) i++;
            if (i + 1 < text.Length && text[i] == '.' && IsIdentifierStart(text[i + 1]))
            {
                i++;
                continue;
            }
            return i - start;
        }
    }

    public static Rational NumberValue(Token token) =>
        Rational.ParseDecimal(token.Text.StartsWith('.') ? "0" + token.Text : token.Text);
}
