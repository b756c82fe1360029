using System.CommandLine;
using System.Diagnostics;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.Derivatives;
using BoundCheck.Validator.LinearAlgebra;

namespace BoundCheck.Cli.Commands;

/// <summary>`boundcheck measure QUANTITY`: one curvature or gradient quantity of one setting, exact to rounding.</summary>
public static class MeasureCommand
{
    /// <summary>The quantities measure knows.</summary>
    public static readonly string[] Quantities = ["hessian-predictor", "hessian-loss", "grad-norm", "avg-grad-norm-sq", "ntk-lambda-min"];

    /// <summary>Result of one measurement (the JSON shape).</summary>
    /// <param name="Certificate">For the Hessian norms: "exact", "P(miss) &lt;= 0.001" or "none", with the certified interval [Lower, Upper].</param>
    public sealed record Measurement(
        string Quantity, double Value, double Residual, int Products, string ExitReason, string Backend, int Seed,
        double Seconds, string Setting, string Loss, int? InputIndex, int Parameters,
        string? Certificate = null, double? Lower = null, double? Upper = null);

    public static Command Create(CliConsole console)
    {
        var setup = new NetworkSetup();
        var quantity = new Argument<string>("quantity") { Description = string.Join(" | ", Quantities) };
        var tolerance = new Option<double>("--tolerance") { Description = "Relative residual of Lanczos", DefaultValueFactory = _ => 1e-6 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("measure", "Measure a Hessian norm, gradient norm or NTK eigenvalue of one setting");
        command.Add(quantity);
        setup.AddTo(command);
        command.Add(tolerance);
        command.Add(json);
        command.SetAction(parse =>
        {
            var name = parse.GetValue(quantity) ?? "";
            if (!Quantities.Contains(name))
            {
                throw new CliInputException($"unknown quantity '{name}' (known: {string.Join(", ", Quantities)})");
            }
            var tol = parse.GetValue(tolerance);
            if (!(tol > 0 && tol < 1))
            {
                throw new CliInputException($"--tolerance must lie in (0, 1), got {tol}");
            }
            NetworkSetup.AnnounceBackend(console);
            var (network, theta, data, setting) = setup.Build(parse);
            var clock = Stopwatch.StartNew();
            var evaluator = new BatchEvaluator(network, data);
            var (value, residual, products, exit, index, certificate) = Run(name, evaluator, theta, data.Targets, tol);
            var result = new Measurement(name, value, residual, products, exit, Blas.DescribeDefault(), parse.GetValue(setup.Seed),
                clock.Elapsed.TotalSeconds, setting, Losses.Formula(LossKind.SquareMean), index, network.ParameterCount,
                certificate?.Label, certificate?.Lower, certificate?.Upper);
            var certified = certificate is null ? "" : $", certificate {certificate.Label}: [{certificate.Lower:G10}, {certificate.Upper:G10}]";
            console.Out.WriteLine(parse.GetValue(json)
                ? NetworkSetup.ToJson(result)
                : $"{name} = {value:G10} (residual {residual:G3}, {products} products, {exit}{(index is null ? "" : $", input {index}")}{certified}) [{result.Backend}, {result.Seconds:F2} s]");
            var ok = double.IsFinite(value) && exit is nameof(SpectralExit.Converged) or nameof(SpectralExit.InvariantSubspace) or "Exact";
            return ok ? ExitCodes.Ok : ExitCodes.NumericalFailure;
        });
        return command;
    }

    private static (double Value, double Residual, int Products, string Exit, int? Index, Certificate? Certificate) Run(
        string quantity, BatchEvaluator evaluator, double[] theta, double[] targets, double tolerance)
    {
        var p = evaluator.Network.ParameterCount;
        switch (quantity)
        {
            case "hessian-loss":
                var norm = CertifiedNorms.LossHessian(evaluator, theta, targets, LossKind.SquareMean, tolerance);
                return (norm.Value, norm.Error, norm.Products, norm.Exit, null, norm.Certificate);
            case "hessian-predictor":
                var max = CertifiedNorms.PredictorHessian(evaluator, theta, tolerance);
                return (max.Value, max.Error, max.Products, max.Exit, max.Index, max.Certificate);
            case "grad-norm":
                var gradient = new double[p];
                evaluator.LossGradient(theta, targets, LossKind.SquareMean, gradient);
                return (evaluator.Blas.Nrm2(gradient), 0, 0, "Exact", null, null);
            case "avg-grad-norm-sq":
                var gbar = new double[p];
                evaluator.AverageGradient(theta, gbar);
                return (evaluator.Blas.Dot(gbar, gbar), 0, 0, "Exact", null, null);
            default:
                return (NetworkMeasures.NtkLambdaMin(evaluator, theta), 0, 0, "Exact", null, null);
        }
    }
}
