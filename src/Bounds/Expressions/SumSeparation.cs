namespace BoundCheck.Bounds.Expressions;

/// <summary>Splits a term of a sum body into (factor in the outer variable) * (factor in the index).</summary>
internal static class SumSeparation
{
    /// <summary>Null when some factor mixes the index and the variable (other than b^(index terms + variable terms)).</summary>
    public static (Expr VariablePart, Expr IndexPart)? Split(Term term, string index, string variable)
    {
        var outer = new List<Factor>();
        var inner = new List<Factor>();
        foreach (var f in term.Factors)
        {
            var names = FreeSymbols.Names(new Pow(f.Base, f.Exponent));
            var (hasIndex, hasVariable) = (names.Contains(index), names.Contains(variable));
            if (!hasIndex)
            {
                outer.Add(f);
            }
            else if (!hasVariable)
            {
                inner.Add(f);
            }
            else if (!FreeSymbols.Names(f.Base).Contains(index) && !FreeSymbols.Names(f.Base).Contains(variable))
            {
                // b^(E_v + E_i) = b^(E_v) * b^(E_i)
                var exponentTerms = Simplifier.Normalize(f.Exponent);
                var split = exponentTerms.ToLookup(t => FreeSymbols.Names(TermBuilder.Build([t])) is var n
                    ? (n.Contains(index), n.Contains(variable)) : default);
                if (split.Contains((true, true)))
                {
                    return null;
                }
                outer.Add(new Factor(f.Base, TermBuilder.Build([.. split[(false, true)], .. split[(false, false)]])));
                inner.Add(new Factor(f.Base, TermBuilder.Build([.. split[(true, false)]])));
            }
            else
            {
                return null;
            }
        }
        return (TermBuilder.Build([new Term(term.Coefficient, [.. outer])]), TermBuilder.Build([new Term(1, [.. inner])]));
    }
}
