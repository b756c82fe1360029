using System.CommandLine;
using System.Diagnostics;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.Curvature;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Measures;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Models.Mlp;

namespace BoundCheck.Cli.Commands;

/// <summary>`boundcheck measure QUANTITY`: one curvature or gradient quantity of one setting, exact to rounding.</summary>
public static class MeasureCommand
{
    /// <summary>The quantities measure knows.</summary>
    public static readonly string[] Quantities = ["hessian-predictor", "hessian-loss", "grad-norm", "avg-grad-norm-sq", "ntk-lambda-min"];

    /// <summary>Result of one measurement (the JSON shape).</summary>
    public sealed record Measurement(
        string Quantity, double Value, double Residual, int Products, string ExitReason, string Backend, int Seed,
        double Seconds, string Setting, string Loss, int? InputIndex, int Parameters);

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
            var (value, residual, products, exit, index) = Run(name, evaluator, theta, data.Targets, tol);
            var result = new Measurement(name, value, residual, products, exit, Blas.DescribeDefault(), parse.GetValue(setup.Seed),
                clock.Elapsed.TotalSeconds, setting, Losses.Formula(LossKind.SquareMean), index, network.ParameterCount);
            console.Out.WriteLine(parse.GetValue(json)
                ? NetworkSetup.ToJson(result)
                : $"{name} = {value:G10} (residual {residual:G3}, {products} products, {exit}{(index is null ? "" : $", input {index}")}) [{result.Backend}, {result.Seconds:F2} s]");
            var ok = double.IsFinite(value) && exit is nameof(SpectralExit.Converged) or nameof(SpectralExit.InvariantSubspace) or "Exact";
            return ok ? ExitCodes.Ok : ExitCodes.NumericalFailure;
        });
        return command;
    }

    private static (double Value, double Residual, int Products, string Exit, int? Index) Run(
        string quantity, BatchEvaluator evaluator, double[] theta, double[] targets, double tolerance)
    {
        var p = evaluator.Network.ParameterCount;
        switch (quantity)
        {
            case "hessian-loss":
                var norm = NetworkMeasures.LossHessianNorm(evaluator, theta, targets, LossKind.SquareMean, tolerance);
                return (norm.Value, norm.Residual, norm.Products, norm.Exit.ToString(), null);
            case "hessian-predictor":
                return PredictorMax(evaluator, theta, tolerance);
            case "grad-norm":
                var gradient = new double[p];
                evaluator.LossGradient(theta, targets, LossKind.SquareMean, gradient);
                return (evaluator.Blas.Nrm2(gradient), 0, 0, "Exact", null);
            case "avg-grad-norm-sq":
                var gbar = new double[p];
                evaluator.AverageGradient(theta, gbar);
                return (evaluator.Blas.Dot(gbar, gbar), 0, 0, "Exact", null);
            default:
                return (NetworkMeasures.NtkLambdaMin(evaluator, theta), 0, 0, "Exact", null);
        }
    }

    // max_i ||grad^2 f(theta; x_i)||_2, one Lanczos per input, all inputs batched.
    private static (double, double, int, string, int?) PredictorMax(BatchEvaluator evaluator, double[] theta, double tolerance)
    {
        var max = LargestEstimate.Of(NetworkMeasures.PredictorHessianNorms(evaluator, theta, tolerance));
        return (max.Estimate.Value, max.Estimate.Residual, max.Products, max.Exit.ToString(), max.Index);
    }
}
