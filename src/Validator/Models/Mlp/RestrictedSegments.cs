
namespace BoundCheck.Validator.Models.Mlp;

/// <summary>
/// Where the coordinates of <see cref="RestrictedHessians"/> live in one vector, for groups of r samples: per layer l
/// the column part U_l (m_l x r, column-major) and, for l &gt;= 2, the row part W_l (m_{l-1} x r); then the biases
/// (if any); then the output vector.
/// </summary>
internal sealed class RestrictedSegments
{
    private readonly int[] _u;
    private readonly int[] _w;
    private readonly int[] _bias;
    private readonly int[] _width;
    private readonly int _output;

    public RestrictedSegments(Architecture architecture, int rank)
    {
        var depth = architecture.Depth;
        Rank = rank;
        _u = new int[depth + 1];
        _w = new int[depth + 1];
        _bias = new int[depth + 1];
        _width = [.. Enumerable.Range(0, depth + 1).Select(architecture.Width)];
        var offset = 0;
        for (var l = 1; l <= depth; l++)
        {
            _u[l] = offset;
            offset = checked(offset + _width[l] * rank);
            if (l > 1)
            {
                _w[l] = offset;
                offset = checked(offset + _width[l - 1] * rank);
            }
        }
        for (var l = 1; l <= depth && architecture.Biases; l++)
        {
            _bias[l] = offset;
            offset += _width[l];
        }
        _output = offset;
        Dimension = checked(offset + _width[depth]);
    }

    /// <summary>r, the columns of U_l and W_l.</summary>
    public int Rank { get; }

    /// <summary>Total number of coordinates.</summary>
    public int Dimension { get; }

    public Span<double> U(Span<double> x, int layer) => x.Slice(_u[layer], _width[layer] * Rank);

    public ReadOnlySpan<double> U(ReadOnlySpan<double> x, int layer) => x.Slice(_u[layer], _width[layer] * Rank);

    public Span<double> W(Span<double> x, int layer) => x.Slice(_w[layer], _width[layer - 1] * Rank);

    public ReadOnlySpan<double> W(ReadOnlySpan<double> x, int layer) => x.Slice(_w[layer], _width[layer - 1] * Rank);

    public Span<double> Bias(Span<double> x, int layer) => x.Slice(_bias[layer], _width[layer]);

    public ReadOnlySpan<double> Bias(ReadOnlySpan<double> x, int layer) => x.Slice(_bias[layer], _width[layer]);

    public Span<double> Output(Span<double> x) => x.Slice(_output, _width[^1]);

    public ReadOnlySpan<double> Output(ReadOnlySpan<double> x) => x.Slice(_output, _width[^1]);
}
