using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>The few vector operations a register tile needs, for one vector type (structs, so calls inline).</summary>
internal unsafe interface ISimd<TVector> where TVector : struct
{
    /// <summary>Doubles per vector.</summary>
    static abstract int Width { get; }

    /// <summary>Whether the CPU runs these vectors in hardware, with a fused multiply-add.</summary>
    static abstract bool IsSupported { get; }

    static abstract TVector Zero { get; }

    static abstract TVector Load(double* p);

    static abstract TVector Broadcast(double value);

    /// <summary>a b + c, rounded once.</summary>
    static abstract TVector Fma(TVector a, TVector b, TVector c);

    static abstract void Store(double* p, TVector value);
}

/// <summary>Vector512 (AVX-512F).</summary>
internal readonly unsafe struct Simd512 : ISimd<Vector512<double>>
{
    public static int Width => 8;

    public static bool IsSupported => Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512F.IsSupported;

    public static Vector512<double> Zero => Vector512<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(double* p) => Vector512.Load(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Broadcast(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Fma(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* p, Vector512<double> value) => value.Store(p);
}

/// <summary>Vector256 (AVX2 with FMA).</summary>
internal readonly unsafe struct Simd256 : ISimd<Vector256<double>>
{
    public static int Width => 4;

    public static bool IsSupported => Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported;

    public static Vector256<double> Zero => Vector256<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load(double* p) => Vector256.Load(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Broadcast(double value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Fma(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* p, Vector256<double> value) => value.Store(p);
}

/// <summary>Vector&lt;double&gt;: whatever width the runtime picked (NEON on ARM64).</summary>
internal readonly unsafe struct SimdPortable : ISimd<Vector<double>>
{
    public static int Width => Vector<double>.Count;

    public static bool IsSupported => Vector.IsHardwareAccelerated;

    public static Vector<double> Zero => Vector<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Load(double* p) => Vector.Load(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Broadcast(double value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Fma(Vector<double> a, Vector<double> b, Vector<double> c) => Vector.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* p, Vector<double> value) => value.Store(p);
}
