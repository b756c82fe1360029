namespace BoundCheck.Bounds.Theorems;

/// <summary>Where a formula comes from (theorems/README.md, "Provenance"). Nothing tagged [?] is ever encoded.</summary>
public enum Provenance
{
    /// <summary>[V]: checked against the paper's available text; encoded as the paper's claim.</summary>
    Verbatim,
    /// <summary>[R]: recalled; structure reliable, constants need a PDF check before they are the paper's.</summary>
    Reconstructed,
    /// <summary>[D]: derived for BoundCheck from the stated model; never a quotation of the paper.</summary>
    Derived,
}

/// <summary>Helpers on <see cref="Provenance"/>.</summary>
public static class ProvenanceText
{
    /// <summary>The tag as written in theorem files: verbatim, reconstructed, derived.</summary>
    public static string Name(this Provenance tag) => tag switch
    {
        Provenance.Verbatim => "verbatim",
        Provenance.Reconstructed => "reconstructed",
        Provenance.Derived => "derived",
        _ => throw new ArgumentOutOfRangeException(nameof(tag)),
    };

    /// <summary>Status implied by the tag: reconstructed formulas need a check against the PDF.</summary>
    public static string Status(this Provenance tag) =>
        tag == Provenance.Reconstructed ? "needs-PDF-check" : tag == Provenance.Derived ? "boundcheck-derived" : "checked";

    /// <summary>Parses "verbatim", "reconstructed" or "derived"; null otherwise.</summary>
    public static Provenance? Parse(string name) => name switch
    {
        "verbatim" => Provenance.Verbatim,
        "reconstructed" => Provenance.Reconstructed,
        "derived" => Provenance.Derived,
        _ => null,
    };
}
