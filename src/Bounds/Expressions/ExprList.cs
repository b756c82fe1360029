using System.Collections;
using System.Collections.Immutable;

namespace BoundCheck.Bounds.Expressions;

/// <summary>An immutable list of expressions with structural equality and hash (unlike arrays in records).</summary>
public sealed class ExprList : IReadOnlyList<Expr>, IEquatable<ExprList>
{
    private readonly ImmutableArray<Expr> _items;

    public ExprList(IEnumerable<Expr> items) => _items = [.. items];

    public static ExprList Of(params Expr[] items) => new(items);

    public int Count => _items.Length;
    public Expr this[int index] => _items[index];

    /// <summary>Applies <paramref name="map"/> to each item; returns this list when nothing changed.</summary>
    public ExprList Map(Func<Expr, Expr> map)
    {
        var mapped = _items.Select(map).ToArray();
        return mapped.Where((e, i) => !ReferenceEquals(e, _items[i])).Any() ? new ExprList(mapped) : this;
    }

    public bool Equals(ExprList? other) => other is not null && _items.SequenceEqual(other._items);
    public override bool Equals(object? obj) => Equals(obj as ExprList);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public IEnumerator<Expr> GetEnumerator() => ((IEnumerable<Expr>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", _items);
}
