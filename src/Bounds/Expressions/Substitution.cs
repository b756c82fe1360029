namespace BoundCheck.Bounds.Expressions;

/// <summary>
/// Replaces free symbols by expressions (a sum's own index is never replaced inside its body).
/// Not capture-avoiding: a replacement that mentions a sum index inside that sum is the caller's concern.
/// </summary>
public static class Substitution
{
    public static Expr Replace(Expr expr, IReadOnlyDictionary<string, Expr> map) => map.Count == 0 ? expr : expr switch
    {
        Sym s => map.TryGetValue(s.Name, out var replacement) ? replacement : expr,
        Sum s when map.ContainsKey(s.Index) => new Sum(
            s.Index, Replace(s.From, map), Replace(s.To, map), Replace(s.Body, map.Where(kv => kv.Key != s.Index).ToDictionary())),
        Num or Neg or Add or Sub or Mul or Div or Pow or Call or Min or Max or Apply or Sum =>
            ExprMap.Children(expr, x => Replace(x, map)),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown node type"),
    };

    /// <summary>Replaces one symbol.</summary>
    public static Expr Replace(Expr expr, string name, Expr replacement) =>
        Replace(expr, new Dictionary<string, Expr> { [name] = replacement });
}
