namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// Recursive-descent parser. Precedence, loosest first: + -, * /, unary -, ^ (right-associative, so
/// -x^2 = -(x^2) and 2^3^2 = 2^(3^2)). Implicit multiplication ("2x") is an error.
/// </summary>
public static class ExprParser
{
    private static readonly Dictionary<string, Builtin> Builtins = new()
    {
        ["sqrt"] = Builtin.Sqrt,
        ["exp"] = Builtin.Exp,
        ["log"] = Builtin.Log,
        ["abs"] = Builtin.Abs,
    };

    /// <summary>Parses <paramref name="text"/>; positions in errors start at firstLine:firstColumn.</summary>
    public static ParseOutcome Parse(string text, int firstLine = 1, int firstColumn = 1)
    {
        var (tokens, lexError) = ExprLexer.Tokenize(text, firstLine, firstColumn);
        if (lexError is not null)
        {
            return new ParseOutcome(null, lexError);
        }
        var state = new State(tokens);
        try
        {
            var expr = ParseSum(state);
            state.ExpectEnd();
            return new ParseOutcome(expr, null);
        }
        catch (SyntaxError e)
        {
            return new ParseOutcome(null, e.Error);
        }
    }

    private static Expr ParseSum(State s)
    {
        var left = ParseProduct(s);
        while (s.Peek.Kind == TokenKind.Operator && s.Peek.Text is "+" or "-")
        {
            var op = s.Next().Text;
            var right = ParseProduct(s);
            left = op == "+" ? new Add(left, right) : new Sub(left, right);
        }
        return left;
    }

    private static Expr ParseProduct(State s)
    {
        var left = ParseUnary(s);
        while (s.Peek.Kind == TokenKind.Operator && s.Peek.Text is "*" or "/")
        {
            var op = s.Next().Text;
            var right = ParseUnary(s);
            left = op == "*" ? new Mul(left, right) : new Div(left, right);
        }
        return left;
    }

    private static Expr ParseUnary(State s)
    {
        if (s.IsOperator("-"))
        {
            s.Next();
            return new Neg(ParseUnary(s));
        }
        return ParsePower(s);
    }

    private static Expr ParsePower(State s)
    {
        var baseExpr = ParsePrimary(s);
        if (s.IsOperator("^"))
        {
            s.Next();
            return new Pow(baseExpr, ParseUnary(s));
        }
        return baseExpr;
    }

    private static Expr ParsePrimary(State s)
    {
        var token = s.Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                s.Next();
                return new Num(ExprLexer.NumberValue(token));
            case TokenKind.Identifier:
                s.Next();
                return s.IsOperator("(") ? ParseCall(s, token) : new Sym(token.Text);
            case TokenKind.Operator when token.Text == "(":
                s.Next();
                var inner = ParseSum(s);
                s.Expect(")");
                return inner;
            default:
                throw s.Error("an expression");
        }
    }

    private static Expr ParseCall(State s, Token name)
    {
        s.Expect("(");
        if (name.Text == "sum")
        {
            return ParseSumCall(s);
        }
        var args = new List<Expr> { ParseSum(s) };
        while (s.IsOperator(","))
        {
            s.Next();
            args.Add(ParseSum(s));
        }
        var close = s.Peek;
        s.Expect(")");
        if (Builtins.TryGetValue(name.Text, out var builtin))
        {
            return args.Count == 1 ? new Call(builtin, args[0]) : throw ArityError(close, name.Text, "1 argument", args.Count);
        }
        if (name.Text is "min" or "max")
        {
            if (args.Count < 2)
            {
                throw ArityError(close, name.Text, "2 arguments", args.Count);
            }
            // min(a, b, c) = min(min(a, b), c)
            return args.Skip(1).Aggregate(args[0], (acc, a) => name.Text == "min" ? new Min(acc, a) : new Max(acc, a));
        }
        return new Apply(name.Text, new ExprList(args));
    }

    // sum(i = from..to, body)
    private static Sum ParseSumCall(State s)
    {
        var index = s.Peek;
        if (index.Kind != TokenKind.Identifier)
        {
            throw s.Error("an index name");
        }
        s.Next();
        s.Expect("=");
        var from = ParseSum(s);
        s.Expect("..");
        var to = ParseSum(s);
        s.Expect(",");
        var body = ParseSum(s);
        s.Expect(")");
        return new Sum(index.Text, from, to, body);
    }

    private static SyntaxError ArityError(Token at, string name, string expected, int found) =>
        new(new ExprParseError(at.Line, at.Column, $"{expected} to {name}", $"{found}"));

    private sealed class SyntaxError(ExprParseError error) : Exception(error.Message)
    {
        public ExprParseError Error { get; } = error;
    }

    private sealed class State(List<Token> tokens)
    {
        private int _position;

        public Token Peek => tokens[_position];

        public Token Next() => tokens[_position++];

        public bool IsOperator(string text) => Peek.Kind == TokenKind.Operator && Peek.Text == text;

        public void Expect(string text)
        {
            if (!IsOperator(text))
            {
                throw Error(StartsOperand && text is ")" or "," ? $"'{text}' or an operator (implicit multiplication is not allowed)" : $"'{text}'");
            }
            Next();
        }

        public void ExpectEnd()
        {
            if (Peek.Kind == TokenKind.End)
            {
                return;
            }
            throw Error(StartsOperand ? "an operator (implicit multiplication is not allowed)" : "an operator or end of input");
        }

        // Something that could start an operand directly after an operand is an implicit product.
        private bool StartsOperand => Peek.Kind is TokenKind.Number or TokenKind.Identifier || IsOperator("(");

        public SyntaxError Error(string expected) =>
            new(new ExprParseError(Peek.Line, Peek.Column, expected, Peek.Describe()));
    }
}
