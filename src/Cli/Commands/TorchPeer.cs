using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Commands;

/// <summary>
/// The PyTorch process of `bench --against torch` (tools/bench_torch.py): started once per network, in PyTorch's
/// best CPU configuration here, and driven one JSON command per line so its runs interleave with BoundCheck's.
/// </summary>
public sealed class TorchPeer : IDisposable
{
    /// <summary>What to do when PyTorch is missing.</summary>
    public const string InstallHint =
        "bench --against torch needs PyTorch: apt-get install python3-torch (or set BOUNDCHECK_PYTHON to a python3 that imports torch)";

    // Asks whether torch is importable without importing it (an import takes seconds).
    private const string FindsTorch = "import importlib.util, sys; sys.exit(importlib.util.find_spec('torch') is None)";

    private readonly Process _process;

    private TorchPeer(Process process) => _process = process;

    /// <summary>The configuration the peer runs in, as printed with its numbers.</summary>
    public static string Configuration(int threads) =>
        $"OMP_WAIT_POLICY=PASSIVE, {threads} threads (torch.set_num_threads, OMP/OpenBLAS threads), one leaf tensor per layer";

    /// <summary>A python3 that has torch ($BOUNDCHECK_PYTHON, else Debian's /usr/bin/python3, else python3 on PATH), or null.</summary>
    public static string? FindPython() =>
        FindPython([Environment.GetEnvironmentVariable("BOUNDCHECK_PYTHON"), "/usr/bin/python3", "python3"]);

    /// <summary>The first of <paramref name="candidates"/> that imports torch, or null.</summary>
    public static string? FindPython(IEnumerable<string?> candidates)
    {
        foreach (var candidate in candidates.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate!, ["-c", FindsTorch])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                });
                if (probe is null)
                {
                    continue;
                }
                probe.WaitForExit();
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed under this name
            }
        }
        return null;
    }

    /// <summary>tools/bench_torch.py of the repository the executable was built in, or null.</summary>
    public static string? FindScript()
    {
        var root = Paths.RepositoryRoot(AppContext.BaseDirectory) ?? Paths.RepositoryRoot(Directory.GetCurrentDirectory());
        var script = root is null ? null : Path.Combine(root, "tools", "bench_torch.py");
        return script is not null && File.Exists(script) ? script : null;
    }

    /// <summary>Starts the peer on a network file with a thread count.</summary>
    public static TorchPeer Start(string python, string script, string networkFile, int threads)
    {
        var info = new ProcessStartInfo(python, [script, networkFile])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
        };
        var t = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["OMP_WAIT_POLICY"] = "PASSIVE";
        info.Environment["OMP_NUM_THREADS"] = t;
        info.Environment["OPENBLAS_NUM_THREADS"] = t;
        info.Environment["BOUNDCHECK_TORCH_THREADS"] = t;
        return new TorchPeer(Process.Start(info) ?? throw new InvalidOperationException($"cannot start {python}"));
    }

    /// <summary>Sends one command and returns the reply; a reply with "error" becomes an exception naming it.</summary>
    public JsonObject Send(object command)
    {
        _process.StandardInput.WriteLine(JsonSerializer.Serialize(command));
        _process.StandardInput.Flush();
        var line = _process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException($"the PyTorch peer exited (code {(_process.HasExited ? _process.ExitCode : -1)})");
        var reply = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidOperationException($"bad reply from the PyTorch peer: {line}");
        if (reply["error"] is { } error)
        {
            throw new InvalidOperationException($"PyTorch peer: {error}");
        }
        return reply;
    }

    /// <summary>Seconds of one run of "grad" or "hvp-FORM", as the peer measured it.</summary>
    public double Time(string what) => Send(new { op = "time", what }).GetDouble("seconds");

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.WriteLine("{\"op\": \"quit\"}");
                _process.StandardInput.Flush();
                if (!_process.WaitForExit(10_000))
                {
                    _process.Kill();
                }
            }
        }
        catch (IOException)
        {
            // the peer already closed its pipes
        }
        _process.Dispose();
    }
}

/// <summary>Typed reads of a peer reply.</summary>
internal static class TorchReply
{
    public static double GetDouble(this JsonObject reply, string name) => reply[name]!.GetValue<double>();

    public static int GetInt(this JsonObject reply, string name) => reply[name]!.GetValue<int>();

    public static string GetString(this JsonObject reply, string name) => reply[name]!.GetValue<string>();
}
