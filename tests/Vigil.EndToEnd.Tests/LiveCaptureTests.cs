using System.Diagnostics;
using System.Text.Json;
using Vigil.Capture.Files;
using Vigil.Tests;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// `vigil capture` on a real interface: a veth pair between two network namespaces made for the test,
/// a capture replayed into one end with tcpreplay, Vigil capturing on the other. The frames never
/// leave the namespaces (they carry addresses of the pair only, and neither namespace has a route out).
/// </summary>
public sealed class LiveCaptureTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-live-").FullName;
    private readonly string _suffix = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private string NamespaceA => $"vigA{_suffix}";
    private string NamespaceB => $"vigB{_suffix}";
    private string VethA => $"vga{_suffix}";
    private string VethB => $"vgb{_suffix}";

    [SkippableFact]
    public async Task Flows_replayed_onto_a_veth_are_captured_and_analysed()
    {
        Skip.IfNot(Environment.UserName == "root", "Skipped: live capture in network namespaces needs root.");
        Skip.If(Which("ip") is null || Which("tcpreplay") is null, "Skipped: needs iproute2 (ip) and tcpreplay.");
        var capture = WriteTwoHostCapture();
        SetUpNamespaces();
        var output = Path.Combine(_directory, "out");

        using var vigil = Start("ip", "netns", "exec", NamespaceB, "dotnet", Path.Combine(AppContext.BaseDirectory, "vigil.dll"),
            "capture", "--interface", VethB, "--duration", "00:00:10", "--learn", "0s", "--out", output);
        var stderr = new System.Text.StringBuilder();
        var ready = new TaskCompletionSource();
        vigil.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
            if (e.Data?.Contains("capturing on", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        vigil.BeginErrorReadLine();
        var stdout = vigil.StandardOutput.ReadToEndAsync();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(500); // the capture handle is open once the line is printed; give libpcap a moment

        Run("ip", "netns", "exec", NamespaceA, "tcpreplay", "--topspeed", "-q", "-i", VethA, capture);
        Assert.True(vigil.WaitForExit(TimeSpan.FromSeconds(60)), "vigil capture did not stop after its duration");

        Assert.True(vigil.ExitCode == 0, $"exit {vigil.ExitCode}: {stderr}");
        Assert.Contains("Vigil analysed", await stdout);
        // The kernel's own IPv6 link-local chatter on the fresh veth is captured too; our two hosts must be there.
        using var devices = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "devices.json")));
        var ips = devices.RootElement.EnumerateArray().Select(d => d.GetProperty("ip").GetString()).ToArray();
        Assert.Contains("10.99.0.1", ips);
        Assert.Contains("10.99.0.2", ips);
        var flows = File.ReadAllLines(Path.Combine(output, "flows.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(5, flows.Count(f => f.GetProperty("state").GetString() == "SF" && f.GetProperty("dport").GetInt32() == 502));
        Assert.Equal(5, flows.Count(f => f.GetProperty("state").GetString() == "REJ" && f.GetProperty("dport").GetInt32() == 102));
    }

    public void Dispose()
    {
        // Deleting a namespace deletes the veth end inside it, and with it the pair.
        TryRun("ip", "netns", "del", NamespaceA);
        TryRun("ip", "netns", "del", NamespaceB);
        Directory.Delete(_directory, recursive: true);
    }

    private string WriteTwoHostCapture()
    {
        var path = Path.Combine(_directory, "two-hosts.pcap");
        using var writer = PcapWriter.Create(path, LinkType.Ethernet);
        var script = new TcpScript(writer);
        var t = 1_713_744_000L * 1_000_000_000;
        for (var i = 0; i < 5; i++)
        {
            script.Completed(t + i * 20_000_000L, "10.99.0.1", "10.99.0.2", 502);
            script.Rejected(t + i * 20_000_000L + 10_000_000L, "10.99.0.1", "10.99.0.2", 102);
        }
        return path;
    }

    private void SetUpNamespaces()
    {
        Run("ip", "netns", "add", NamespaceA);
        Run("ip", "netns", "add", NamespaceB);
        Run("ip", "link", "add", VethA, "type", "veth", "peer", "name", VethB);
        Run("ip", "link", "set", VethA, "netns", NamespaceA);
        Run("ip", "link", "set", VethB, "netns", NamespaceB);
        Run("ip", "-n", NamespaceA, "addr", "add", "10.99.0.1/24", "dev", VethA);
        Run("ip", "-n", NamespaceB, "addr", "add", "10.99.0.2/24", "dev", VethB);
        Run("ip", "-n", NamespaceA, "link", "set", VethA, "up");
        Run("ip", "-n", NamespaceB, "link", "set", VethB, "up");
        // The embedded silo listens on 127.0.0.1 inside the capturing namespace.
        Run("ip", "-n", NamespaceB, "link", "set", "lo", "up");
    }

    private static Process Start(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Start(file, args);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {error}");
    }

    private static void TryRun(string file, params string[] args)
    {
        using var process = Start(file, args);
        process.WaitForExit();
    }

    private static string? Which(string tool) =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}
