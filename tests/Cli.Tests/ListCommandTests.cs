using System.Text.Json;
using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

public sealed class ListCommandTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void ListsEveryShippedTheoremWithProvenance()
    {
        var (code, stdout, _) = Run("list");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Contain("banerjee2023.hessian_explicit"));
        Assert.That(stdout, Does.Contain("chatterjee2022.gd"));
        Assert.That(stdout, Does.Contain("arXiv:2209.15106v1; Theorem 4.1; 1 verbatim, 12 reconstructed"));
    }

    [Test]
    public void JsonIsOneObjectWithCamelCaseFields()
    {
        var (code, stdout, _) = Run("list", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(stdout);
        var theorems = doc.RootElement.GetProperty("theorems");
        Assert.That(theorems.GetArrayLength(), Is.GreaterThanOrEqualTo(10));
        var first = theorems[0];
        Assert.That(first.GetProperty("id").GetString(), Does.StartWith("banerjee2023."));
        Assert.That(first.GetProperty("provenance").GetString(), Does.Contain("reconstructed"));
    }

    [Test]
    public void ABrokenTheoremFileIsReportedWithFileLineColumnAndExitCode2()
    {
        var root = Path.Combine(Path.GetTempPath(), "boundcheck-list-" + Guid.NewGuid().ToString("N"));
        var theorems = Directory.CreateDirectory(Path.Combine(root, "theorems")).FullName;
        File.WriteAllText(Path.Combine(theorems, "x.md"),
            "# x\n```paper\nauthors: A\ntitle: T\nvenue: V\narxiv: 2401.00001v1\n```\n```theorem\nid: x2024.y\ntitle: T\nresult: R\nmodel: fc\nclaim c: loss <= nonsense [derived]\n  scope at init [derived]\n```\n");
        Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", theorems);
        try
        {
            var (code, _, stderr) = Run("list");
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(stderr, Does.StartWith(Path.Combine("theorems", "x.md") + ":13:18: unknown symbol 'nonsense'"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BOUNDCHECK_THEOREMS", null);
            Directory.Delete(root, recursive: true);
        }
    }
}
