using System.Runtime.CompilerServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// A 64-byte aligned scratch array on the pinned heap, cached per thread (at most two) so the GEMM's packing buffers
/// are allocated once per thread, not once per call. A buffer in use is out of the cache, so nested calls are safe.
/// </summary>
internal sealed unsafe class PinnedBuffer
{
    private const int Alignment = 64;

    [ThreadStatic]
    private static PinnedBuffer?[]? s_cache;

    private readonly double[] _array;

    private PinnedBuffer(long length)
    {
        _array = GC.AllocateUninitializedArray<double>(checked((int)(length + Alignment / sizeof(double))), pinned: true);
        var address = (nint)Unsafe.AsPointer(ref _array[0]);
        var skip = (int)((Alignment - address % Alignment) % Alignment) / sizeof(double);
        Pointer = (double*)Unsafe.AsPointer(ref _array[skip]);
        Length = _array.Length - skip;
    }

    /// <summary>The aligned start.</summary>
    public double* Pointer { get; }

    /// <summary>Usable doubles from <see cref="Pointer"/>.</summary>
    public long Length { get; }

    /// <summary>A buffer of at least <paramref name="length"/> doubles (contents undefined).</summary>
    public static PinnedBuffer Take(long length)
    {
        var cache = s_cache ??= new PinnedBuffer?[2];
        for (var i = 0; i < cache.Length; i++)
        {
            if (cache[i] is { } cached && cached.Length >= length)
            {
                cache[i] = null;
                return cached;
            }
        }
        return new PinnedBuffer(Math.Max(length, 1));
    }

    /// <summary>Puts the buffer back in this thread's cache, replacing a smaller one when the cache is full.</summary>
    public void Return()
    {
        var cache = s_cache ??= new PinnedBuffer?[2];
        var slot = 0;
        for (var i = 0; i < cache.Length; i++)
        {
            if (cache[i] is null)
            {
                cache[i] = this;
                return;
            }
            if (cache[i]!.Length < cache[slot]!.Length)
            {
                slot = i;
            }
        }
        if (cache[slot]!.Length < Length)
        {
            cache[slot] = this;
        }
    }
}
