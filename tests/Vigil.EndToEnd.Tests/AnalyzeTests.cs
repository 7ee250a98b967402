using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Host.Analysis;
using Vigil.Tests;

namespace Vigil.EndToEnd.Tests;

/// <summary>`analyze` end to end: capture file → flows → device grains in an embedded silo → output files.</summary>
public sealed class AnalyzeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-e2e-").FullName;

    [Fact]
    public async Task The_scanning_new_device_is_alerted_and_the_workstations_are_not()
    {
        var capture = StoryCapture.Write(_directory);
        var output = Path.Combine(_directory, "out");
        LearningWindow.TryParse("2h", out var learn, out _);

        var result = await AnalysisRunner.RunFileAsync(capture, new AnalyzeOptions { OutputDirectory = output, Learning = learn });

        // The scan of ports 102 and 502 is also the scanner's first ICS use and a TRW scan of the subnet.
        Assert.Equal([ModelNames.PossibleIcsProtocol, ModelNames.MultipleFailedInternalConnections, ModelNames.NetworkScan, ModelNames.UnusualActivityFromNewDevice],
            result.Alerts.Select(a => a.Model).Order(StringComparer.Ordinal));
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Network reconnaissance from a new device", incident.Title);
        Assert.All(result.Alerts, a => Assert.Equal(incident.Id, a.Incident));
        Assert.All(result.Alerts, a => Assert.Equal(StoryCapture.Scanner, a.Device));
        // 6 workstations × 24 × 2 exchanges, 6 more after the scan, and 30 scan attempts.
        Assert.Equal(6 * 24 * 2 + 6 + 30, result.Flows);

        var alertLines = File.ReadAllLines(Path.Combine(output, "alerts.jsonl"));
        Assert.Equal(4, alertLines.Length);
        using var first = JsonDocument.Parse(alertLines[0]);
        Assert.Equal(["time", "device", "model", "score", "summary", "evidence", "incident"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("Z", first.RootElement.GetProperty("time").GetString());

        using var devices = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "devices.json")));
        var ips = devices.RootElement.EnumerateArray().Select(d => d.GetProperty("ip").GetString()).ToArray();
        // 6 workstations, 2 servers, the scanner, and the 10 scanned hosts that answered with a reset;
        // the 20 addresses that never answered are targets, not devices.
        Assert.Equal(19, ips.Length);
        Assert.Equal("10.10.0.1", ips[0]);
        var scanner = devices.RootElement.EnumerateArray().Single(d => d.GetProperty("ip").GetString() == StoryCapture.Scanner);
        Assert.Equal(30, scanner.GetProperty("peers").GetInt32());
        Assert.Equal(["tcp/102", "tcp/502"], scanner.GetProperty("services_used").EnumerateArray().Select(s => s.GetString()));

        var flows = File.ReadAllLines(Path.Combine(output, "flows.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(10, flows.Count(f => f.GetProperty("state").GetString() == "REJ"));
        Assert.Equal(20, flows.Count(f => f.GetProperty("state").GetString() == "S0"));
        Assert.Equal(6 * 24 * 2 + 6, flows.Count(f => f.GetProperty("state").GetString() == "SF"));
    }

    [Fact]
    public async Task The_same_capture_gives_byte_identical_output_run_after_run()
    {
        var capture = StoryCapture.Write(_directory);
        LearningWindow.TryParse("2h", out var learn, out _);
        string[] files = ["alerts.jsonl", "devices.json", "flows.jsonl", "incidents.json"];
        var runs = new List<byte[][]>();
        for (var run = 0; run < 3; run++)
        {
            var output = Path.Combine(_directory, $"run{run}");
            // A tiny step makes many grain rounds, the setting most likely to expose ordering races.
            await AnalysisRunner.RunFileAsync(capture, new AnalyzeOptions { OutputDirectory = output, Learning = learn, Step = TimeSpan.FromMilliseconds(250) });
            runs.Add(files.Select(f => File.ReadAllBytes(Path.Combine(output, f))).ToArray());
        }
        for (var i = 0; i < files.Length; i++)
        {
            Assert.True(runs[0][i].Length > 2, $"{files[i]} is empty");
            Assert.Equal(runs[0][i], runs[1][i]);
            Assert.Equal(runs[0][i], runs[2][i]);
        }
    }

    [SkippableFact]
    public async Task A_real_S7_capture_is_analysed_into_flows_and_devices()
    {
        var capture = TestPaths.SharedPcap("s7/s7comm_downloading_block_db1.pcap");
        var output = Path.Combine(_directory, "s7");

        var result = await AnalysisRunner.RunFileAsync(capture, new AnalyzeOptions { OutputDirectory = output });

        Assert.Equal(93, result.Packets);
        Assert.True(result.Flows >= 1);
        using var devices = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "devices.json")));
        var plc = devices.RootElement.EnumerateArray().Where(d => d.GetProperty("services_offered").EnumerateArray().Any(s => s.GetString() == "tcp/102")).ToArray();
        Assert.Single(plc);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
