using BoundCheck.Bounds.Expressions;

namespace BoundCheck.Bounds.Tests.Expressions;

/// <summary>A seeded generator of random expressions over x, y, z with non-negative decimal literals.</summary>
public sealed class RandomExpressions(int seed)
{
    private static readonly string[] Symbols = ["x", "y", "z"];
    private readonly Random _random = new(seed);

    /// <summary>An expression of at most <paramref name="depth"/> levels; <paramref name="smooth"/> avoids abs/min/max/sum.</summary>
    public Expr Next(int depth, bool smooth = false)
    {
        if (depth <= 0 || _random.NextDouble() < 0.2)
        {
            return Leaf();
        }
        var kind = _random.Next(smooth ? 9 : 13);
        return kind switch
        {
            0 => new Add(Next(depth - 1, smooth), Next(depth - 1, smooth)),
            1 => new Sub(Next(depth - 1, smooth), Next(depth - 1, smooth)),
            2 => new Mul(Next(depth - 1, smooth), Next(depth - 1, smooth)),
            3 => new Div(Next(depth - 1, smooth), Next(depth - 1, smooth)),
            4 => new Pow(Next(depth - 1, smooth), new Num(_random.Next(0, 4))),
            5 => new Neg(Next(depth - 1, smooth)),
            6 => new Call(Builtin.Sqrt, Next(depth - 1, smooth)),
            7 => new Call(Builtin.Log, Next(depth - 1, smooth)),
            8 => new Call(Builtin.Exp, new Div(Next(depth - 1, smooth), new Num(10))),
            9 => new Call(Builtin.Abs, Next(depth - 1, smooth)),
            10 => new Min(Next(depth - 1, smooth), Next(depth - 1, smooth)),
            11 => new Max(Next(depth - 1, smooth), Next(depth - 1, smooth)),
            _ => new Sum("i", new Num(1), new Num(_random.Next(0, 4)), new Mul(new Sym("i"), Next(depth - 1, smooth))),
        };
    }

    /// <summary>Random values in [0.5, 3] for x, y, z.</summary>
    public Dictionary<string, double> Point() => Symbols.ToDictionary(s => s, _ => 0.5 + 2.5 * _random.NextDouble());

    private Expr Leaf() => _random.Next(3) switch
    {
        0 => new Num(Rational.ParseDecimal(_random.Next(0, 5).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".5")),
        1 => new Num(_random.Next(1, 6)),
        _ => new Sym(Symbols[_random.Next(Symbols.Length)]),
    };
}
