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

    /// <summary>True for &lt; and &gt;: the sides must differ by more than the slack.</summary>
    public static bool IsStrict(this Relation relation) => relation is Relation.Less or Relation.Greater;

    /// <summary>Whether <c>left relation right</c> holds (<see cref="Decide"/> is true).</summary>
    public static bool Holds(this Relation relation, double left, double right, double tolerance = 0) =>
        relation.Decide(left, right, tolerance) == true;

    /// <summary>
    /// Whether <c>left relation right</c> holds, with a relative slack <c>tolerance * max(1, |left|, |right|)</c> for
    /// rounding: &lt;=, &gt;= and = accept it, &lt; and &gt; are strict and must clear it (0 &gt; 0 is false, so is
    /// 1e-12 &gt; 0 at tolerance 1e-9). Null when a side is not finite: Infinity &lt;= 4 cannot be decided, and the
    /// slack of an infinite side would be infinite.
    /// </summary>
    public static bool? Decide(this Relation relation, double left, double right, double tolerance = 0)
    {
        if (!double.IsFinite(left) || !double.IsFinite(right) || !double.IsFinite(tolerance) || tolerance < 0)
        {
            return null;
        }
        var slack = tolerance * Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));
        return relation switch
        {
            Relation.LessOrEqual => left <= right + slack,
            Relation.Less => left < right - slack,
            Relation.GreaterOrEqual => left >= right - slack,
            Relation.Greater => left > right + slack,
            Relation.Equal => Math.Abs(left - right) <= slack,
            _ => throw new ArgumentOutOfRangeException(nameof(relation)),
        };
    }
}
