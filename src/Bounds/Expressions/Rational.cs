using System.Globalization;
using System.Numerics;

namespace BoundCheck.Bounds.Expressions;

/// <summary>An exact rational number p/q, normalised (q > 0, gcd(p, q) = 1). default(Rational) is 0.</summary>
public readonly record struct Rational : IComparable<Rational>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne;

    /// <summary>Creates numerator/denominator, normalised; the denominator must not be zero.</summary>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("Rational with zero denominator");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        _numerator = numerator;
        _denominatorMinusOne = (numerator.IsZero ? BigInteger.One : denominator) - 1;
    }

    public static Rational Zero => default;
    public static Rational One => new(1, 1);

    public BigInteger Numerator => _numerator;
    public BigInteger Denominator => _denominatorMinusOne + 1;
    public bool IsInteger => Denominator.IsOne;
    public bool IsZero => _numerator.IsZero;
    public int Sign => _numerator.Sign;

    public static implicit operator Rational(int value) => new(value, 1);
    public static implicit operator Rational(BigInteger value) => new(value, 1);

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public Rational Abs() => Sign < 0 ? -this : this;
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    /// <summary>this^exponent for an integer exponent (0^negative throws).</summary>
    public Rational Pow(int exponent)
    {
        var n = BigInteger.Pow(Numerator, Math.Abs(exponent));
        var d = BigInteger.Pow(Denominator, Math.Abs(exponent));
        return exponent >= 0 ? new Rational(n, d) : new Rational(d, n);
    }

    /// <summary>this^exponent when the result is rational (4^(1/2) = 2, 8^(-2/3) = 1/4), else null.</summary>
    public Rational? TryPow(Rational exponent)
    {
        if (IsZero)
        {
            return exponent.Sign > 0 ? Zero : exponent.IsZero ? One : null;
        }
        if (BigInteger.Abs(exponent.Numerator) > 4096 || exponent.Denominator > 64)
        {
            return null;
        }
        var q = (int)exponent.Denominator;
        if (Sign < 0 && q % 2 == 0)
        {
            return null;
        }
        var rootN = IntegerRoot(Numerator, q);
        var rootD = IntegerRoot(Denominator, q);
        if (rootN is null || rootD is null)
        {
            return null;
        }
        return new Rational(rootN.Value, rootD.Value).Pow((int)exponent.Numerator);
    }

    private static BigInteger? IntegerRoot(BigInteger value, int q)
    {
        if (q == 1)
        {
            return value;
        }
        var negative = value.Sign < 0;
        var abs = BigInteger.Abs(value);
        var guess = new BigInteger(Math.Round(Math.Exp(BigInteger.Log(abs) / q)));
        for (var candidate = BigInteger.Max(guess - 1, 0); candidate <= guess + 1; candidate++)
        {
            if (BigInteger.Pow(candidate, q) == abs)
            {
                return negative ? -candidate : candidate;
            }
        }
        return null;
    }

    public double ToDouble()
    {
        var n = (double)Numerator;
        var d = (double)Denominator;
        if (!double.IsInfinity(n) && !double.IsInfinity(d))
        {
            return n / d;
        }
        var log = BigInteger.Log(BigInteger.Abs(Numerator)) - BigInteger.Log(Denominator);
        return Sign * Math.Exp(log);
    }

    /// <summary>Parses an unsigned decimal literal exactly: "3", "0.5" = 1/2, "1e-6" = 1/1000000, "2.5E3".</summary>
    public static Rational ParseDecimal(string text)
    {
        var ePos = text.IndexOfAny(['e', 'E']);
        var mantissa = ePos < 0 ? text : text[..ePos];
        var exponent = ePos < 0 ? 0 : int.Parse(text[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var fractionDigits = dot < 0 ? 0 : mantissa.Length - dot - 1;
        var value = new Rational(BigInteger.Parse(digits.Length == 0 ? "0" : digits, CultureInfo.InvariantCulture), 1);
        var scale = exponent - fractionDigits;
        return value * new Rational(10, 1).Pow(scale);
    }

    /// <summary>The exact finite decimal expansion ("0.5", "0.000001"), or null when the denominator has a prime other than 2 or 5.</summary>
    public string? ToDecimalString()
    {
        var d = Denominator;
        var twos = 0;
        var fives = 0;
        while (d % 2 == 0) { d /= 2; twos++; }
        while (d % 5 == 0) { d /= 5; fives++; }
        if (!d.IsOne)
        {
            return null;
        }
        var places = Math.Max(twos, fives);
        var scaled = BigInteger.Abs(Numerator) * BigInteger.Pow(10, places) / Denominator;
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        var text = places == 0 ? digits : digits[..^places] + "." + digits[^places..];
        return Sign < 0 ? "-" + text : text;
    }

    public override string ToString() =>
        IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    public bool Equals(Rational other) => _numerator == other._numerator && Denominator == other.Denominator;
    public override int GetHashCode() => HashCode.Combine(_numerator, Denominator);
}
