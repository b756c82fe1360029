namespace BoundCheck.Validator.Verification.Quantities;

/// <summary>
/// The catalogue of measurers, one per measured vocabulary quantity (a test checks the two lists match one to one), in
/// vocabulary order; <c>check</c> and <c>measure</c> both look quantities up here.
/// </summary>
public static class Measurers
{
    /// <summary>Every measurer.</summary>
    public static IReadOnlyList<Measurer> All { get; } =
    [
        new HessianNormPredictor(), new HessianNormLoss(), new GradNormPredictor(),
        new Loss(), new Loss0(), new GradNormLoss(), new AvgGradNormSq(),
        new StepCosine(), new RscModulus(), new ContractionRatio(), new PlRatio(), new NtkLambdaMin(),
        new DistanceFromInit(), new LayerDistanceMax(), new OutputDistance(), new InitSpectralMax(),
        new InputGramLambdaMin(), new InputNormMax(), new InputNormMin(), new InputMinPairDistance(), new LabelMeanSquare(),
        new OutputNormInit(), new FeatureRank(), new FeatureSigmaMin(), new FeatureSigmaRatio(), new FeatureRankTolerance(), new Step(),
        new PlAlphaEstimate(), new SmoothnessEstimate(), new InitFirstLayerNorm(), new InitWeightMin(), new InitEventRate(),
    ];

    private static readonly Dictionary<string, Measurer> ByName = All.ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>The measurer of a vocabulary name, or null.</summary>
    public static Measurer? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The measurer of a vocabulary name or of a <c>measure</c> alias ("hessian-predictor"), or null.</summary>
    public static Measurer? FindByNameOrAlias(string name) => Find(name) ?? All.FirstOrDefault(m => m.Alias == name);
}
