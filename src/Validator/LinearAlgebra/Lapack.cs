using System.Runtime.InteropServices;

namespace BoundCheck.Validator.LinearAlgebra;

/// <summary>
/// The LAPACK drivers the certificates and the ball projection need, from OpenBLAS's bundled LAPACK (Fortran
/// symbols dsyevd_, dsyevr_ and dgesdd_ of libopenblas.so.0; Debian's OpenBLAS ships no LAPACKE). Column-major, overwriting
/// their input like LAPACK itself. Null from <see cref="TryLoad"/> when the library or a symbol is absent.
/// </summary>
public sealed unsafe class Lapack
{
    // Fortran CHARACTER arguments carry a hidden length after all others (gfortran: size_t); passing it is always safe.
    private readonly delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void> _dsyevd;
    private readonly delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void> _dgesdd;
    private readonly delegate* unmanaged<byte*, byte*, byte*, int*, double*, int*, double*, double*, int*, int*, double*, int*, double*, double*, int*, int*, double*, int*, int*, int*, int*, nuint, nuint, nuint, void> _dsyevr;

    private Lapack(IntPtr library, string name)
    {
        _dsyevd = (delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void>)
            NativeLibrary.GetExport(library, "dsyevd_");
        _dgesdd = (delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void>)
            NativeLibrary.GetExport(library, "dgesdd_");
        _dsyevr = (delegate* unmanaged<byte*, byte*, byte*, int*, double*, int*, double*, double*, int*, int*, double*, int*, double*, double*, int*, int*, double*, int*, int*, int*, int*, nuint, nuint, nuint, void>)
            NativeLibrary.GetExport(library, "dsyevr_");
        Name = name;
    }

    /// <summary>"LAPACK dsyevd/dsyevr/dgesdd (OpenBLAS 0.3.21 ...)".</summary>
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
                    return new Lapack(handle, $"LAPACK dsyevd/dsyevr/dgesdd ({Blas.OpenBlasOrNull?.Name ?? name})");
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

    /// <summary>
    /// The eigenvalues of the symmetric n x n matrix <paramref name="a"/> (lower triangle read; destroyed) in the interval
    /// (<paramref name="above"/>, infinity) and their orthonormal eigenvectors (dsyevr, RANGE = 'V'): ascending values and
    /// n x count vectors, column-major. Throws on a nonzero INFO.
    /// </summary>
    public (double[] Values, double[] Vectors) DsyevrAbove(int n, double[] a, double above)
    {
        Check(a.Length >= (long)n * n, $"dsyevr: a needs {n * (long)n} entries");
        byte jobz = (byte)'V', range = (byte)'V', uplo = (byte)'L';
        int lda = Math.Max(1, n), il = 1, iu = n, found = 0, ldz = Math.Max(1, n), info = 0, lwork = -1, liwork = -1, iworkQuery = 0;
        double vl = above, vu = double.MaxValue, abstol = 0, workQuery = 0;
        var w = new double[n];
        var z = new double[(long)n * n];
        var isuppz = new int[2 * Math.Max(1, n)];
        fixed (double* pa = a, pw = w, pz = z)
        fixed (int* pisuppz = isuppz)
        {
            _dsyevr(&jobz, &range, &uplo, &n, pa, &lda, &vl, &vu, &il, &iu, &abstol, &found, pw, pz, &ldz, pisuppz,
                &workQuery, &lwork, &iworkQuery, &liwork, &info, 1, 1, 1);
            if (info == 0)
            {
                lwork = Math.Max(1, (int)workQuery);
                liwork = Math.Max(1, iworkQuery);
                var work = new double[lwork];
                var iwork = new int[liwork];
                fixed (double* pwork = work)
                fixed (int* piwork = iwork)
                {
                    _dsyevr(&jobz, &range, &uplo, &n, pa, &lda, &vl, &vu, &il, &iu, &abstol, &found, pw, pz, &ldz, pisuppz,
                        pwork, &lwork, piwork, &liwork, &info, 1, 1, 1);
                }
            }
        }
        if (info != 0)
        {
            throw new InvalidOperationException($"dsyevr failed with INFO = {info} on a {n} x {n} matrix");
        }
        return (w[..found], z[..(found * n)]);
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException(message);
        }
    }
}
