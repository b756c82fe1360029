using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;

namespace BoundCheck.Validator.Geometry;

/// <summary>
/// A ball around theta_0 the adversarial search moves in: the exact Euclidean projection onto it, and the scale of a
/// step in each block of theta (so one step moves every block by a fraction of its own radius).
/// </summary>
internal interface IBallProjection
{
    /// <summary>theta := the nearest point of the ball (in place).</summary>
    void Project(double[] theta);

    /// <summary>An ascent step of relative length <paramref name="t"/> along <paramref name="gradient"/>: theta += t * scaled gradient.</summary>
    void Step(double[] theta, ReadOnlySpan<double> gradient, double t);

    /// <summary>"||W_l - W_l(0)||_2 <= ... , ||v - v_0|| = ..." of a point, for the witness.</summary>
    string Describe(double[] theta);
}

/// <summary>B(theta_0, R) in the Euclidean norm: radial clipping; steps of t R along the unit gradient.</summary>
internal sealed class EuclideanBallProjection(double[] theta0, double radius) : IBallProjection
{
    public void Project(double[] theta)
    {
        var distance = VectorOps.Distance(theta, theta0);
        if (distance > radius)
        {
            var keep = radius / distance;
            for (var i = 0; i < theta.Length; i++)
            {
                theta[i] = theta0[i] + keep * (theta[i] - theta0[i]);
            }
        }
    }

    public void Step(double[] theta, ReadOnlySpan<double> gradient, double t)
    {
        var norm = VectorOps.Norm(gradient);
        if (norm > 0)
        {
            VectorOps.Axpy(t * radius / norm, gradient, theta);
        }
    }

    public string Describe(double[] theta) => $"||theta - theta_0|| = {VectorOps.Distance(theta, theta0):G4} (R = {radius:G4})";
}

/// <summary>
/// B_Spec(rho, rho1; theta_0) = { ||W_l - W_l(0)||_2 &lt;= rho for every l, ||v - v_0|| &lt;= rho1 } (or, with
/// <paramref name="frobenius"/>, the per-layer Frobenius ball B_Frob). The projection is exact and separable: per layer the
/// nearest matrix in spectral norm radius rho clips the singular values of W - W_0 at rho (dense SVD: for unitarily
/// invariant balls the Frobenius-nearest point keeps the singular vectors), the output vector is clipped radially. The
/// ball says nothing about other parameters (biases): the projection leaves them as they are, and the search's steps do
/// not move them.
/// </summary>
internal sealed class LayerBallProjection(ILayerBlocks layers, double[] theta0, double rho, double rho1, bool frobenius) : IBallProjection
{
    public void Project(double[] theta)
    {
        foreach (var block in layers.Weights)
        {
            var w = block.Of(theta.AsSpan());
            var w0 = block.Of(theta0.AsSpan());
            var difference = w.ToArray();
            VectorOps.Axpy(-1, w0, difference);
            if (frobenius)
            {
                Radial(difference, rho);
            }
            else
            {
                ClipSingularValues(difference, block.Rows, block.Cols);
            }
            w0.CopyTo(w);
            VectorOps.Axpy(1, difference, w);
        }
        var output = layers.Output;
        var dv = output.Of(theta.AsSpan()).ToArray();
        VectorOps.Axpy(-1, output.Of(theta0.AsSpan()), dv);
        Radial(dv, rho1);
        output.Of(theta0.AsSpan()).CopyTo(output.Of(theta.AsSpan()));
        VectorOps.Axpy(1, dv, output.Of(theta.AsSpan()));
    }

    public void Step(double[] theta, ReadOnlySpan<double> gradient, double t)
    {
        foreach (var block in layers.Weights)
        {
            BlockStep(block, theta, gradient, t * rho);
        }
        BlockStep(layers.Output, theta, gradient, t * rho1);
    }

    public string Describe(double[] theta)
    {
        var distance = frobenius
            ? layers.Weights.Max(b => VectorOps.Distance(b.Of(theta.AsSpan()), b.Of(theta0.AsSpan())))
            : CertifiedNorms.LayerNorms(layers, theta, theta0, 1e-8).Value;
        var output = VectorOps.Distance(layers.Output.Of(theta.AsSpan()), layers.Output.Of(theta0.AsSpan()));
        return $"max_l ||W_l - W_l(0)||_{(frobenius ? "F" : "2")} = {distance:G4} (rho = {rho:G4}), ||v - v_0|| = {output:G4} (rho1 = {rho1:G4})";
    }

    // D = W - W_0 = U diag(s) V^T -> U diag(min(s, rho)) V^T: with the eigenpairs (s_c^2, V_c) of D^T D above rho^2 (only
    // those: dsyevr), D - D V_c diag(1 - rho/s_c) V_c^T (on the smaller side; D D^T and U_c when rows < cols).
    private void ClipSingularValues(double[] difference, int rows, int cols)
    {
        var blas = Blas.Default;
        var right = cols <= rows;
        var k = Math.Min(rows, cols);
        var gram = new double[k * k];
        blas.Gemm(right ? Transpose.Yes : Transpose.No, right ? Transpose.No : Transpose.Yes, k, k, Math.Max(rows, cols), 1.0,
            difference, rows, difference, rows, 0.0, gram, k);
        var (values, vectors) = DenseEigen.SymmetricAbove(gram, k, rho * rho);
        var c = values.Length;
        if (c == 0)
        {
            return;
        }
        var other = Math.Max(rows, cols);
        // right: P = D V_c (rows x c); D -= P diag(1 - rho/s) V_c^T.  left: P = D^T U_c (cols x c); D -= U_c diag(1 - rho/s) P^T.
        var projected = new double[other * c];
        blas.Gemm(right ? Transpose.No : Transpose.Yes, Transpose.No, other, c, k, 1.0, difference, rows, vectors, k, 0.0, projected, other);
        for (var i = 0; i < c; i++)
        {
            VectorOps.Scale(1 - rho / Math.Sqrt(values[i]), projected.AsSpan(i * other, other));
        }
        if (right)
        {
            blas.Gemm(Transpose.No, Transpose.Yes, rows, cols, c, -1.0, projected, rows, vectors, k, 1.0, difference, rows);
        }
        else
        {
            blas.Gemm(Transpose.No, Transpose.Yes, rows, cols, c, -1.0, vectors, k, projected, cols, 1.0, difference, rows);
        }
    }

    private static void Radial(Span<double> difference, double radius)
    {
        var norm = VectorOps.Norm(difference);
        if (norm > radius)
        {
            VectorOps.Scale(radius / norm, difference);
        }
    }

    private static void BlockStep(Block block, double[] theta, ReadOnlySpan<double> gradient, double length)
    {
        var g = block.Of(gradient);
        var norm = VectorOps.Norm(g);
        if (norm > 0)
        {
            VectorOps.Axpy(length / norm, g, block.Of(theta.AsSpan()));
        }
    }
}
