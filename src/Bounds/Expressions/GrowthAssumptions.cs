namespace BoundCheck.Bounds.Expressions;

/// <summary>An order relation of a fact.</summary>
public enum FactRelation
{
    Less,
    LessOrEqual,
    Equal,
    GreaterOrEqual,
    Greater,
}

/// <summary>A fact "Subject relation Value", e.g. gamma &lt;= 1 or phi0 = 0.</summary>
public sealed record GrowthFact(Expr Subject, FactRelation Relation, Rational Value)
{
    private static readonly (string Text, FactRelation Relation)[] Operators =
    [
        ("<=", FactRelation.LessOrEqual), (">=", FactRelation.GreaterOrEqual), ("<", FactRelation.Less),
        (">", FactRelation.Greater), ("=", FactRelation.Equal),
    ];

    /// <summary>Parses "gamma<=1", "gamma < 1", "phi0 = 0"; the right side must be a number. Null when malformed.</summary>
    public static GrowthFact? TryParse(string text)
    {
        foreach (var (op, relation) in Operators)
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var subject = ExprParser.Parse(text[..at]);
            var value = ExprParser.Parse(text[(at + op.Length)..]);
            if (subject.Value is null || value.Value is null || Simplifier.Simplify(value.Value) is not Num n)
            {
                return null;
            }
            return new GrowthFact(subject.Value, relation, n.Value);
        }
        return null;
    }
}

/// <summary>The facts a growth analysis may use (relations of bases to 1, values such as phi0 = 0).</summary>
public sealed record GrowthAssumptions(IReadOnlyList<GrowthFact> Facts)
{
    public static GrowthAssumptions None { get; } = new([]);

    /// <summary>Parses each fact; throws FormatException naming a malformed one (programmer use; the CLI checks first).</summary>
    public static GrowthAssumptions Parse(params string[] facts) =>
        new([.. facts.Select(f => GrowthFact.TryParse(f) ?? throw new FormatException($"cannot read the assumption '{f}'"))]);

    public GrowthAssumptions With(GrowthFact fact) => new([.. Facts, fact]);
}
