namespace BoundCheck.Bounds.Theorems;

/// <summary>Why a theorem file did not load: where (1-based line and column) and what was expected.</summary>
public sealed record LoadError(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The theorems of one or more files, or the errors that kept them from loading (never both silently).</summary>
public sealed record LoadResult(IReadOnlyList<Theorem> Theorems, IReadOnlyList<LoadError> Errors)
{
    /// <summary>True when no file had an error.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The theorem with id <paramref name="id"/>, or null.</summary>
    public Theorem? Find(string id) => Theorems.FirstOrDefault(t => t.Id == id);
}
