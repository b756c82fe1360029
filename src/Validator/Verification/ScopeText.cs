using BoundCheck.Bounds.Expressions;
using BoundCheck.Bounds.Theorems;

namespace BoundCheck.Validator.Verification;

/// <summary>Readable descriptions of scopes for the report.</summary>
internal static class ScopeText
{
    public static string Describe(Scope scope)
    {
        var args = string.Join(", ", scope.Arguments.Select(ExprPrinter.Print));
        var where = scope.Kind switch
        {
            ScopeKind.AtInit => "at initialisation",
            ScopeKind.SpectralBall => $"over the layerwise spectral ball B_Spec({args}) around init",
            ScopeKind.FrobeniusBall => $"over the Frobenius ball B_Frob({args}) around init",
            ScopeKind.EuclideanBall => $"over the Euclidean ball B_Euc({args}) around init",
            ScopeKind.AlongGd => "at every step of full-batch gradient descent",
            ScopeKind.AlongGradientFlow => "along gradient flow (GD with a small step)",
            _ => scope.Kind.ToString(),
        };
        return scope.Inputs == InputQuantifier.None ? where : where + ", for all inputs";
    }
}
