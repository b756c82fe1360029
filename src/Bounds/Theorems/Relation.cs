namespace BoundCheck.Bounds.Theorems;

/// <summary>A comparison between two expressions in a hypothesis or claim.</summary>
public enum Relation { LessOrEqual, Less, GreaterOrEqual, Greater, Equal }

/// <summary>Text and evaluation of <see cref="Relation"/>.</summary>
public static class RelationText
{
    /// <summary>The operator as written: &lt;=, &lt;, &gt;=, &gt;, =.</summary>
    public static string Symbol(this Relation relation) => relation switch
    {
        Relation.LessOrEqual => "<=",
        Relation.Less => "<",
        Relation.GreaterOrEqual => ">=",
        Relation.Greater => ">",
        Relation.Equal => "=",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>The operator in LaTeX.</summary>
    public static string Latex(this Relation relation) => relation switch
    {
        Relation.LessOrEqual => @"\le",
        Relation.Less => "<",
        Relation.GreaterOrEqual => @"\ge",
        Relation.Greater => ">",
        Relation.Equal => "=",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>Whether <c>left relation right</c> holds, equality within <paramref name="tolerance"/> (relative).</summary>
    public static bool Holds(this Relation relation, double left, double right, double tolerance = 0)
    {
        var slack = tolerance * Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));
        return relation switch
        {
            Relation.LessOrEqual => left <= right + slack,
            Relation.Less => left < right + slack,
            Relation.GreaterOrEqual => left >= right - slack,
            Relation.Greater => left > right - slack,
            Relation.Equal => Math.Abs(left - right) <= slack,
            _ => throw new ArgumentOutOfRangeException(nameof(relation)),
        };
    }
}
