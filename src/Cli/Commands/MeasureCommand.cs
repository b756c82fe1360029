using System.CommandLine;
using System.Diagnostics;
using BoundCheck.Cli.Infrastructure;
using BoundCheck.Validator.LinearAlgebra;
using BoundCheck.Validator.Models;
using BoundCheck.Validator.Verification.Probing;
using BoundCheck.Validator.Verification.Quantities;

namespace BoundCheck.Cli.Commands;

/// <summary>`boundcheck measure QUANTITY`: one vocabulary quantity of one setting, by the measurer `check` uses.</summary>
public static class MeasureCommand
{
    /// <summary>The quantities measure knows: the catalogue's short names, and every vocabulary name measurable at one point.</summary>
    public static IReadOnlyList<string> Quantities { get; } =
        [.. Measurers.All.Where(m => m.AtOnePoint).Select(m => m.Alias).OfType<string>(),
         .. Measurers.All.Where(m => m.AtOnePoint).Select(m => m.Name)];

    /// <summary>Result of one measurement (the JSON shape).</summary>
    /// <param name="Certificate">For the Hessian norms: "exact", "P(miss) &lt;= 0.001" or "none", with the certified interval [Lower, Upper].</param>
    public sealed record Measurement(
        string Quantity, double Value, double Residual, int Products, string ExitReason, string Backend, int Seed,
        double Seconds, string Setting, string Loss, int? InputIndex, int Parameters, ErrorKind ErrorKind,
        string? Certificate = null, double? Lower = null, double? Upper = null);

    public static Command Create(CliConsole console)
    {
        var setup = new NetworkSetup();
        var quantity = new Argument<string>("quantity") { Description = string.Join(" | ", Quantities) };
        var tolerance = new Option<double>("--tolerance") { Description = "Relative residual of Lanczos", DefaultValueFactory = _ => 1e-6 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("measure", "Measure a Hessian norm, gradient norm, NTK eigenvalue or any other quantity of one setting");
        command.Add(quantity);
        setup.AddTo(command);
        command.Add(tolerance);
        command.Add(json);
        command.SetAction(parse =>
        {
            var name = parse.GetValue(quantity) ?? "";
            var measurer = Measurers.FindByNameOrAlias(name);
            if (measurer is null || !measurer.AtOnePoint)
            {
                var why = measurer is null ? "unknown quantity" : "measured along a GD trajectory or over seeds (use check):";
                throw new CliInputException($"{why} '{name}' (known: {string.Join(", ", Quantities)})");
            }
            var tol = parse.GetValue(tolerance);
            if (!(tol > 0 && tol < 1))
            {
                throw new CliInputException($"--tolerance must lie in (0, 1), got {tol}");
            }
            NetworkSetup.AnnounceBackend(console);
            var (model, theta, data, scheme, setting) = setup.Build(parse);
            var clock = Stopwatch.StartNew();
            var context = MeasureContext.AtPoint(model, theta, data, scheme, tol);
            if (ModelCapabilities.Missing(context.Batch, measurer.Needs) is { } missing)
            {
                throw new CliInputException($"{name}: {missing}");
            }
            var m = measurer.Measure(context, theta, new ProbePoint(0, "init", 0));
            var certificate = m.Certificate;
            var result = new Measurement(name, m.Value, m.Error, m.Products, m.Exit.ToString(), Blas.DescribeDefault(), parse.GetValue(setup.Seed),
                clock.Elapsed.TotalSeconds, setting, Losses.Formula(LossKind.SquareMean), m.InputIndex, model.ParameterCount, m.ErrorKind,
                certificate?.Label, certificate?.Lower, certificate?.Upper);
            var certified = certificate is null ? "" : $", certificate {certificate.Label}: [{certificate.Lower:G10}, {certificate.Upper:G10}]";
            console.Out.WriteLine(parse.GetValue(json)
                ? NetworkSetup.ToJson(result)
                : $"{name} = {m.Value:G10} (residual {m.Error:G3}, {m.Products} products, {m.Exit}{(m.InputIndex is { } i ? $", input {i}" : "")}{certified}) [{result.Backend}, {result.Seconds:F2} s]");
            var ok = double.IsFinite(m.Value) && m.Exit.IsDecisive();
            return ok ? ExitCodes.Ok : ExitCodes.NumericalFailure;
        });
        return command;
    }
}
