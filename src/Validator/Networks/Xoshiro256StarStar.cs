namespace BoundCheck.Validator.Networks;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64, with Box-Muller normals: fast, and bit-identical
/// across runs for the same seed (unlike System.Random, whose algorithm may change between runtimes).
/// </summary>
public sealed class Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    /// <summary>A generator whose whole stream is determined by <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on [a, b).</summary>
    public double NextUniform(double a, double b) => a + (b - a) * NextDouble();

    /// <summary>Standard normal N(0, 1) by Box-Muller (the second value of each pair is kept for the next call).</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }
        // u1 in (0, 1] so log(u1) is finite.
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        var angle = 2.0 * Math.PI * u2;
        _spareNormal = r * Math.Sin(angle);
        _hasSpare = true;
        return r * Math.Cos(angle);
    }

    /// <summary>Fills <paramref name="values"/> with N(0, sigma^2) draws.</summary>
    public void FillGaussian(Span<double> values, double sigma)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = sigma * NextGaussian();
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
