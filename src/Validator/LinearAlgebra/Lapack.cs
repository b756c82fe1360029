using System.Runtime.InteropServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// The two LAPACK drivers the certificates and the ball projection need, from OpenBLAS's bundled LAPACK (Fortran
/// symbols dsyevd_ and dgesdd_ of libopenblas.so.0; Debian's OpenBLAS ships no LAPACKE). Column-major, overwriting
/// their input like LAPACK itself. Null from <see cref="TryLoad"/> when the library or a symbol is absent.
/// </summary>
public sealed unsafe class Lapack
{
    // Fortran CHARACTER arguments carry a hidden length after all others (gfortran: size_t); passing it is always safe.
    private readonly delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void> _dsyevd;
    private readonly delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void> _dgesdd;

    private Lapack(IntPtr library, string name)
    {
        _dsyevd = (delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void>)
            NativeLibrary.GetExport(library, "dsyevd_");
        _dgesdd = (delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void>)
            NativeLibrary.GetExport(library, "dgesdd_");
        Name = name;
    }

    /// <summary>"LAPACK dsyevd/dgesdd (OpenBLAS 0.3.21 ...)".</summary>
    public string Name { get; }

    private static readonly Lazy<Lapack?> Native = new(Load);

    /// <summary>OpenBLAS's LAPACK when it loads and the default BLAS is not forced to the managed fallback, else null.</summary>
    public static Lapack? Default => Blas.Default.IsManaged ? null : Native.Value;

    private static Lapack? Load()
    {
        foreach (var name in new[] { "libopenblas.so.0", "libopenblas.so", "libopenblas", "openblas" })
        {
            if (NativeLibrary.TryLoad(name, typeof(Lapack).Assembly, null, out var handle))
            {
                try
                {
                    return new Lapack(handle, $"LAPACK dsyevd/dgesdd ({Blas.OpenBlasOrNull?.Name ?? name})");
                }
                catch (EntryPointNotFoundException)
                {
                    return null;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Eigenvalues (ascending, into <paramref name="values"/>) of the symmetric n x n matrix <paramref name="a"/> (lower
    /// triangle read), and with <paramref name="vectors"/> its orthonormal eigenvectors, written over <paramref name="a"/>
    /// (column j belongs to value j). Returns LAPACK's INFO (0 = success).
    /// </summary>
    public int Dsyevd(bool vectors, int n, double[] a, double[] values)
    {
        Check(a.Length >= (long)n * n && values.Length >= n, $"dsyevd: a needs {n * (long)n} entries, values {n}");
        byte jobz = vectors ? (byte)'V' : (byte)'N', uplo = (byte)'L';
        int lda = Math.Max(1, n), info = 0, lwork = -1, liwork = -1, iworkQuery = 0;
        double workQuery = 0;
        fixed (double* pa = a, pw = values)
        {
            _dsyevd(&jobz, &uplo, &n, pa, &lda, pw, &workQuery, &lwork, &iworkQuery, &liwork, &info, 1, 1);
            if (info != 0)
            {
                return info;
            }
            lwork = Math.Max(1, (int)workQuery);
            liwork = Math.Max(1, iworkQuery);
            var work = new double[lwork];
            var iwork = new int[liwork];
            fixed (double* pwork = work)
            fixed (int* piwork = iwork)
            {
                _dsyevd(&jobz, &uplo, &n, pa, &lda, pw, pwork, &lwork, piwork, &liwork, &info, 1, 1);
            }
        }
        return info;
    }

    /// <summary>
    /// Thin SVD A = U diag(s) V^T of the rows x cols matrix <paramref name="a"/> (destroyed): s descending (min(rows, cols)),
    /// U rows x k and V^T k x cols, column-major. Returns LAPACK's INFO (0 = success).
    /// </summary>
    public int Dgesdd(int rows, int cols, double[] a, double[] s, double[] u, double[] vt)
    {
        var k = Math.Min(rows, cols);
        Check(a.Length >= (long)rows * cols && s.Length >= k && u.Length >= (long)rows * k && vt.Length >= (long)k * cols,
            $"dgesdd: a {rows} x {cols}, s {k}, u {rows} x {k}, vt {k} x {cols}");
        byte jobz = (byte)'S';
        int lda = Math.Max(1, rows), ldu = Math.Max(1, rows), ldvt = Math.Max(1, k), info = 0, lwork = -1;
        double workQuery = 0;
        var iwork = new int[8 * Math.Max(1, k)];
        fixed (double* pa = a, ps = s, pu = u, pvt = vt)
        fixed (int* piwork = iwork)
        {
            _dgesdd(&jobz, &rows, &cols, pa, &lda, ps, pu, &ldu, pvt, &ldvt, &workQuery, &lwork, piwork, &info, 1);
            if (info != 0)
            {
                return info;
            }
            lwork = Math.Max(1, (int)workQuery);
            var work = new double[lwork];
            fixed (double* pwork = work)
            {
                _dgesdd(&jobz, &rows, &cols, pa, &lda, ps, pu, &ldu, pvt, &ldvt, pwork, &lwork, piwork, &info, 1);
            }
        }
        return info;
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException(message);
        }
    }
}
